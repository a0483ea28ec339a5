using HydraEngine.Storage.Database;
using HydraEngine.Storage.Services;

namespace HydraEngine.Storage.Files;

/// <summary>Which file services hold a hash now (<c>current_files</c>) and which it was deleted from (<c>deleted_files</c>).</summary>
internal sealed class FileLocations
{
    private readonly StoreDatabase database;

    public FileLocations(StoreDatabase database)
    {
        this.database = database;
    }

    public FileStatus StatusOf(long? hashId)
    {
        if (hashId is null)
        {
            return FileStatus.NotInStore;
        }

        if (IsCurrent(ServiceCatalog.AllMyFilesId, hashId.Value))
        {
            return FileStatus.Current;
        }

        if (IsCurrent(ServiceCatalog.TrashId, hashId.Value))
        {
            return FileStatus.InTrash;
        }

        return IsDeleted(ServiceCatalog.AllLocalFilesId, hashId.Value) ? FileStatus.Deleted : FileStatus.NotInStore;
    }

    public bool IsCurrent(int serviceId, long hashId) =>
        database.ExecuteScalar<long>("SELECT COUNT(*) FROM current_files WHERE service_id = @serviceId AND hash_id = @hashId", new { serviceId, hashId }) > 0;

    public bool IsDeleted(int serviceId, long hashId) =>
        database.ExecuteScalar<long>("SELECT COUNT(*) FROM deleted_files WHERE service_id = @serviceId AND hash_id = @hashId", new { serviceId, hashId }) > 0;

    public IReadOnlyList<(int ServiceId, long TimestampMs)> Current(long hashId) =>
        database.Query<(long ServiceId, long TimestampMs)>("SELECT service_id, timestamp_ms FROM current_files WHERE hash_id = @hashId ORDER BY service_id", new { hashId })
            .Select(row => ((int)row.ServiceId, row.TimestampMs))
            .ToList();

    public IReadOnlyList<DeletedRow> Deleted(long hashId) =>
        database.Query<DeletedRow>(
            "SELECT service_id AS ServiceId, timestamp_ms AS TimestampMs, original_timestamp_ms AS OriginalTimestampMs, reason AS Reason FROM deleted_files WHERE hash_id = @hashId ORDER BY service_id",
            new { hashId })
            .ToList();

    public void AddCurrent(int serviceId, long hashId, long timestampMs) =>
        database.Execute("INSERT OR IGNORE INTO current_files (service_id, hash_id, timestamp_ms) VALUES (@serviceId, @hashId, @timestampMs)", new { serviceId, hashId, timestampMs });

    /// <summary>Removes the hash from a service, leaving a deletion record; false when it was not there.</summary>
    public bool MoveToDeleted(int serviceId, long hashId, long nowMs, string? reason)
    {
        var original = database.ExecuteScalar<long?>("SELECT timestamp_ms FROM current_files WHERE service_id = @serviceId AND hash_id = @hashId", new { serviceId, hashId });
        if (original is null)
        {
            return false;
        }

        database.Execute("DELETE FROM current_files WHERE service_id = @serviceId AND hash_id = @hashId", new { serviceId, hashId });
        database.Execute(
            "INSERT OR REPLACE INTO deleted_files (service_id, hash_id, timestamp_ms, original_timestamp_ms, reason) VALUES (@serviceId, @hashId, @nowMs, @original, @reason)",
            new { serviceId, hashId, nowMs, original, reason });
        return true;
    }

    public void RemoveCurrent(int serviceId, long hashId) =>
        database.Execute("DELETE FROM current_files WHERE service_id = @serviceId AND hash_id = @hashId", new { serviceId, hashId });

    public void ClearDeleted(int serviceId, long hashId) =>
        database.Execute("DELETE FROM deleted_files WHERE service_id = @serviceId AND hash_id = @hashId", new { serviceId, hashId });

    internal sealed record DeletedRow
    {
        public long ServiceId { get; init; }

        public long TimestampMs { get; init; }

        public long? OriginalTimestampMs { get; init; }

        public string? Reason { get; init; }
    }
}
