using System.Text.Json.Nodes;
using HydraEngine.Storage.Files;

namespace HydraEngine.Repositories.Protocol;

/// <summary>A metadata slice (type 37): the update files of each update index, and when the next update is due.</summary>
public sealed record RepositoryMetadata(IReadOnlyList<RepositoryMetadata.UpdateEntry> Updates, long NextUpdateDue)
{
    public const int TypeId = 37;

    public sealed record UpdateEntry(long UpdateIndex, IReadOnlyList<FileHash> Hashes, long Begin, long End);

    public static RepositoryMetadata Parse(JsonNode node)
    {
        const string What = "the repository's metadata";
        if (node is not JsonArray { Count: 3 } tuple || tuple[0]?.GetValue<int>() != TypeId || tuple[2] is not JsonArray { Count: 2 } info || info[0] is not JsonArray rows)
        {
            throw new RepositoryException($"{What} is not a metadata object ([37, 1, [[…], next_update_due]])");
        }

        var updates = new List<UpdateEntry>();
        foreach (var row in rows)
        {
            if (row is not JsonArray { Count: 4 } entry || entry[1] is not JsonArray hashes)
            {
                throw new RepositoryException($"{What} has a malformed update row: {row?.ToJsonString()}");
            }

            updates.Add(new UpdateEntry(
                entry[0]!.GetValue<long>(),
                hashes.Select(hash => FileHash.TryParse(hash?.ToString(), out var parsed) ? parsed : throw new RepositoryException($"{What} lists a bad update hash '{hash}'")).ToList(),
                entry[2]!.GetValue<long>(),
                entry[3]!.GetValue<long>()));
        }

        return new RepositoryMetadata(updates.OrderBy(update => update.UpdateIndex).ToList(), info[1]!.GetValue<long>());
    }
}
