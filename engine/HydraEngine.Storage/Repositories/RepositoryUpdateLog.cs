using HydraEngine.Storage.Database;
using HydraEngine.Storage.Files;

namespace HydraEngine.Storage.Repositories;

/// <summary>
/// The update files each repository lists (<c>repository_updates</c>) and what has been processed of them
/// (<c>repository_updates_processed</c>: one flag per file and content type), with hydrus's processing order.
/// </summary>
internal sealed class RepositoryUpdateLog(StoreDatabase database, HashIds hashIds)
{
    /// <summary>Records the update files of the given indices (already known ones are left as they are).</summary>
    public int Register(int serviceId, IEnumerable<(long UpdateIndex, FileHash Hash)> updates)
    {
        using var transaction = database.BeginWrite();
        var added = updates.Sum(update => database.Execute(
            "INSERT OR IGNORE INTO repository_updates (service_id, update_index, hash_id) VALUES (@serviceId, @UpdateIndex, @hashId)",
            new { serviceId, update.UpdateIndex, hashId = hashIds.GetOrCreate(update.Hash) }));
        transaction.Complete();
        return added;
    }

    public IReadOnlyList<RepositoryUpdate> All(int serviceId) =>
        database.Query<(long UpdateIndex, byte[] Hash, long? Mime)>(
            """
            SELECT u.update_index, h.hash, u.mime FROM repository_updates u JOIN hashes h ON h.hash_id = u.hash_id
            WHERE u.service_id = @serviceId ORDER BY u.update_index, h.hash
            """,
            new { serviceId })
            .Select(row => new RepositoryUpdate(row.UpdateIndex, FileHash.FromBytes(row.Hash), row.Mime is { } mime ? (FileMime)mime : null))
            .ToList();

    /// <summary>Marks a downloaded file's type and queues its content types for processing (inside the caller's transaction).</summary>
    public void MarkDownloaded(int serviceId, long hashId, FileMime mime, IEnumerable<RepositoryContentType> contentTypes)
    {
        database.Execute("UPDATE repository_updates SET mime = @mime WHERE service_id = @serviceId AND hash_id = @hashId", new { mime = (int)mime, serviceId, hashId });
        var types = mime == FileMime.HydrusUpdateDefinitions ? [RepositoryContentType.Definitions] : contentTypes;
        foreach (var type in types)
        {
            database.Execute(
                "INSERT OR IGNORE INTO repository_updates_processed (service_id, hash_id, content_type, processed) VALUES (@serviceId, @hashId, @type, 0)",
                new { serviceId, hashId, type = (int)type });
        }
    }

    /// <summary>
    /// What can be processed now, in hydrus's order: strictly by update index, stopping before the first index
    /// with a file not yet downloaded; all definitions of that prefix first, then the content files, each file's
    /// content types as <paramref name="typeOrder"/> orders them.
    /// </summary>
    public IReadOnlyList<RepositoryWorkItem> Work(int serviceId, IReadOnlyList<RepositoryContentType> typeOrder)
    {
        var firstMissing = database.ExecuteScalar<long?>(
            "SELECT MIN(update_index) FROM repository_updates WHERE service_id = @serviceId AND mime IS NULL", new { serviceId }) ?? long.MaxValue;
        var rows = database.Query<(long UpdateIndex, byte[] Hash, long ContentType)>(
            """
            SELECT u.update_index, h.hash, p.content_type FROM repository_updates_processed p
            JOIN repository_updates u ON u.service_id = p.service_id AND u.hash_id = p.hash_id
            JOIN hashes h ON h.hash_id = p.hash_id
            WHERE p.service_id = @serviceId AND p.processed = 0 AND u.update_index < @firstMissing
            """,
            new { serviceId, firstMissing })
            .Select(row => new RepositoryWorkItem(row.UpdateIndex, FileHash.FromBytes(row.Hash), (RepositoryContentType)row.ContentType))
            .Where(item => item.ContentType == RepositoryContentType.Definitions || typeOrder.Contains(item.ContentType))
            .ToList();
        var definitions = rows.Where(item => item.ContentType == RepositoryContentType.Definitions).OrderBy(item => item.UpdateIndex).ThenBy(item => item.Hash);
        var content = rows.Where(item => item.ContentType != RepositoryContentType.Definitions)
            .OrderBy(item => item.UpdateIndex).ThenBy(item => item.Hash).ThenBy(item => IndexOf(typeOrder, item.ContentType));
        return [.. definitions, .. content];
    }

    public void MarkProcessed(int serviceId, long hashId, RepositoryContentType type) =>
        database.Execute(
            "UPDATE repository_updates_processed SET processed = 1 WHERE service_id = @serviceId AND hash_id = @hashId AND content_type = @type",
            new { serviceId, hashId, type = (int)type });

    /// <summary>Marks the given content types (all when null) unprocessed again.</summary>
    public void MarkUnprocessed(int serviceId, IReadOnlyCollection<RepositoryContentType>? types) =>
        database.Execute(
            types is null
                ? "UPDATE repository_updates_processed SET processed = 0 WHERE service_id = @serviceId"
                : "UPDATE repository_updates_processed SET processed = 0 WHERE service_id = @serviceId AND content_type IN @types",
            new { serviceId, types = types?.Select(type => (int)type).ToArray() });

    public (int Total, int Processed) WorkCounts(int serviceId) =>
        database.QuerySingleOrDefault<(int, int)>(
            "SELECT COUNT(*), COALESCE(SUM(processed), 0) FROM repository_updates_processed WHERE service_id = @serviceId", new { serviceId });

    private static int IndexOf(IReadOnlyList<RepositoryContentType> order, RepositoryContentType type)
    {
        for (var index = 0; index < order.Count; index++)
        {
            if (order[index] == type)
            {
                return index;
            }
        }

        return order.Count;
    }
}
