using HydraEngine.Storage.Database;
using HydraEngine.Storage.Files;
using HydraEngine.Storage.Tags;

namespace HydraEngine.Storage.Repositories;

/// <summary>
/// Local changes to a repository's tags waiting for a commit (<c>repository_pending</c>): pended and petitioned
/// mappings (tag id, hash id) and sibling or parent pairs (tag id, tag id).
/// </summary>
internal sealed class RepositoryPendingLog(StoreDatabase database, TagIds tagIds, HashIds hashIds)
{
    public int AddMappings(int serviceId, RepositoryUploadAction action, IReadOnlyList<FileHash> hashes, IReadOnlyList<string> tags, string reason)
    {
        using var transaction = database.BeginWrite();
        var added = 0;
        foreach (var tag in tags)
        {
            var tagId = tagIds.GetOrCreate(tag);
            added += hashes.Sum(hash => Insert(serviceId, RepositoryContentType.Mappings, action, tagId, hashIds.GetOrCreate(hash), reason));
        }

        transaction.Complete();
        return added;
    }

    public int AddPair(int serviceId, RepositoryContentType type, RepositoryUploadAction action, string first, string second, string reason)
    {
        using var transaction = database.BeginWrite();
        var added = Insert(serviceId, type, action, tagIds.GetOrCreate(first), tagIds.GetOrCreate(second), reason);
        transaction.Complete();
        return added;
    }

    public IReadOnlyList<RepositoryPendingContent> All(int serviceId)
    {
        var rows = database.Query<(long ContentType, long Action, long First, long Second, string Reason)>(
            "SELECT content_type, action, first_id, second_id, reason FROM repository_pending WHERE service_id = @serviceId ORDER BY content_type, action, first_id, second_id",
            new { serviceId }).ToList();
        var tagTexts = tagIds.TextsOf(rows.SelectMany(row => row.ContentType == (long)RepositoryContentType.Mappings ? [row.First] : new[] { row.First, row.Second }).Distinct().ToList());
        var hashTexts = hashIds.HashesOf(rows.Where(row => row.ContentType == (long)RepositoryContentType.Mappings).Select(row => row.Second).Distinct().ToList());
        return rows.Select(row => new RepositoryPendingContent(
            (RepositoryContentType)row.ContentType,
            (RepositoryUploadAction)row.Action,
            tagTexts[row.First],
            row.ContentType == (long)RepositoryContentType.Mappings ? hashTexts[row.Second].ToHex() : tagTexts[row.Second],
            row.Reason)).ToList();
    }

    public int Clear(int serviceId)
    {
        using var transaction = database.BeginWrite();
        var removed = database.Execute("DELETE FROM repository_pending WHERE service_id = @serviceId", new { serviceId });
        transaction.Complete();
        return removed;
    }

    private int Insert(int serviceId, RepositoryContentType type, RepositoryUploadAction action, long first, long second, string reason) =>
        database.Execute(
            "INSERT OR IGNORE INTO repository_pending (service_id, content_type, action, first_id, second_id, reason) VALUES (@serviceId, @type, @action, @first, @second, @reason)",
            new { serviceId, type = (int)type, action = (int)action, first, second, reason });
}
