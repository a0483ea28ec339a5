using HydraEngine.Storage.Database;
using HydraEngine.Storage.Services;

namespace HydraEngine.Storage.Statistics;

/// <summary>Counts and sizes of "all my files" by inbox state, and of files deleted from it.</summary>
internal sealed class StatisticsReader(StoreDatabase database)
{
    public CollectionStatistics Read()
    {
        var parameters = new { ServiceCatalog.AllMyFilesId };
        var inbox = database.Query<(long Count, long Size)>(
            """
            SELECT COUNT(*), COALESCE(SUM(fi.size), 0) FROM current_files cf JOIN files_info fi ON fi.hash_id = cf.hash_id
            WHERE cf.service_id = @AllMyFilesId AND cf.hash_id IN (SELECT hash_id FROM file_inbox)
            """,
            parameters).Single();
        var all = database.Query<(long Count, long Size)>(
            """
            SELECT COUNT(*), COALESCE(SUM(fi.size), 0) FROM current_files cf JOIN files_info fi ON fi.hash_id = cf.hash_id
            WHERE cf.service_id = @AllMyFilesId
            """,
            parameters).Single();
        var deleted = database.Query<(long Count, long Size)>(
            """
            SELECT COUNT(*), COALESCE(SUM(fi.size), 0) FROM deleted_files df LEFT JOIN files_info fi ON fi.hash_id = df.hash_id
            WHERE df.service_id = @AllMyFilesId
            """,
            parameters).Single();
        var earliest = database.ExecuteScalar<long?>("SELECT MIN(timestamp_ms) FROM current_files WHERE service_id = @AllMyFilesId", parameters);
        return new CollectionStatistics(
            inbox.Count,
            inbox.Size,
            all.Count - inbox.Count,
            all.Size - inbox.Size,
            deleted.Count,
            deleted.Size,
            earliest is { } ms ? DateTimeOffset.FromUnixTimeMilliseconds(ms) : null);
    }
}
