using System.Text.Json;
using HydraEngine.Repositories.Protocol;
using HydraEngine.Storage.Files;
using HydraEngine.Storage.Repositories;

namespace HydraEngine.Repositories.Updates;

/// <summary>
/// Decodes update files (zlib-compressed serialisable tuples). Definitions: <c>[36, 1, [[0, [[id, sha256 hex]…]],
/// [1, [[id, tag]…]]]]</c>. Content: <c>[34, 1, [[content type, [[action, rows]…]]…]]</c> with actions 0 add and
/// 1 delete; mappings rows <c>[tag id, [hash ids]]</c>, sibling and parent rows <c>[tag id, tag id]</c>.
/// </summary>
public static class UpdateFileReader
{
    private const int DefinitionsHashes = 0;
    private const int DefinitionsTags = 1;
    private const int ActionAdd = 0;
    private const int ActionDelete = 1;

    public static UpdateFile Read(ReadOnlySpan<byte> bytes, string what)
    {
        var json = NetworkBytes.Decompress(bytes, what);
        try
        {
            using var document = JsonDocument.Parse(json);
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Array || root.GetArrayLength() != 3 || root[2].ValueKind != JsonValueKind.Array)
            {
                throw new RepositoryException($"{what} is not a serialisable tuple [type, version, info]");
            }

            return root[0].GetInt32() switch
            {
                DefinitionsUpdate.TypeId => ReadDefinitions(root[2]),
                ContentUpdate.TypeId => ReadContent(root[2]),
                var other => throw new RepositoryException($"{what} is a serialisable of type {other}, not an update file (34 content or 36 definitions)"),
            };
        }
        catch (Exception exception) when (exception is JsonException or InvalidOperationException or FormatException or IndexOutOfRangeException)
        {
            throw new RepositoryException($"{what} is malformed: {exception.Message}", exception);
        }
    }

    /// <summary>The update type from the first bytes of the JSON (the serialisable type id), without decoding the rest.</summary>
    public static FileMime MimeOf(ReadOnlySpan<byte> bytes, string what)
    {
        var head = NetworkBytes.DecompressHead(bytes, 16, what);
        var text = System.Text.Encoding.ASCII.GetString(head).TrimStart('[', ' ');
        return text.StartsWith($"{ContentUpdate.TypeId},", StringComparison.Ordinal) ? FileMime.HydrusUpdateContent
            : text.StartsWith($"{DefinitionsUpdate.TypeId},", StringComparison.Ordinal) ? FileMime.HydrusUpdateDefinitions
            : throw new RepositoryException($"{what} is not an update file (it starts '{text}')");
    }

    private static DefinitionsUpdate ReadDefinitions(JsonElement info)
    {
        var hashes = new List<(long, FileHash)>();
        var tags = new List<(long, string)>();
        foreach (var section in info.EnumerateArray())
        {
            var kind = section[0].GetInt32();
            foreach (var row in section[1].EnumerateArray())
            {
                var id = row[0].GetInt64();
                var text = row[1].GetString() ?? "";
                if (kind == DefinitionsHashes)
                {
                    hashes.Add((id, FileHash.TryParse(text, out var hash) ? hash : throw new FormatException($"hash id {id} is defined as '{text}', not a SHA-256 hex")));
                }
                else if (kind == DefinitionsTags)
                {
                    tags.Add((id, text));
                }
            }
        }

        return new DefinitionsUpdate(hashes, tags);
    }

    private static ContentUpdate ReadContent(JsonElement info)
    {
        var added = new List<RepositoryMappingRow>();
        var deleted = new List<RepositoryMappingRow>();
        var pairs = new Dictionary<RepositoryContentType, PairChanges>();
        var fileRows = 0;
        foreach (var section in info.EnumerateArray())
        {
            var type = (RepositoryContentType)section[0].GetInt32();
            foreach (var actionRows in section[1].EnumerateArray())
            {
                var action = actionRows[0].GetInt32();
                var rows = actionRows[1];
                switch (type)
                {
                    case RepositoryContentType.Mappings:
                        (action == ActionAdd ? added : deleted).AddRange(rows.EnumerateArray().Select(ReadMappingRow));
                        break;
                    case RepositoryContentType.TagSiblings or RepositoryContentType.TagParents:
                        var changes = pairs.GetValueOrDefault(type) ?? new PairChanges(new List<(long, long)>(), new List<(long, long)>());
                        var list = (List<(long, long)>)(action == ActionDelete ? changes.Deleted : changes.Added);
                        list.AddRange(rows.EnumerateArray().Select(row => (row[0].GetInt64(), row[1].GetInt64())));
                        pairs[type] = changes;
                        break;
                    default:
                        fileRows += rows.GetArrayLength();
                        break;
                }
            }
        }

        return new ContentUpdate(added, deleted, pairs, fileRows);
    }

    private static RepositoryMappingRow ReadMappingRow(JsonElement row)
    {
        var ids = row[1];
        var hashIds = new long[ids.GetArrayLength()];
        var index = 0;
        foreach (var id in ids.EnumerateArray())
        {
            hashIds[index++] = id.GetInt64();
        }

        return new RepositoryMappingRow(row[0].GetInt64(), hashIds);
    }
}
