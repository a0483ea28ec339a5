using HydraEngine.Storage.Database;

namespace HydraEngine.Storage.Metadata;

/// <summary>Modified, source and archived times per hash (<c>file_timestamps</c>).</summary>
internal sealed class FileTimestamps
{
    private readonly StoreDatabase database;

    public FileTimestamps(StoreDatabase database)
    {
        this.database = database;
    }

    /// <summary>Records a timestamp; source times (<see cref="TimestampType.ModifiedDomain"/>) keep the earliest.</summary>
    public void Set(long hashId, TimestampType type, string location, DateTimeOffset time)
    {
        var update = type == TimestampType.ModifiedDomain ? "MIN(timestamp_ms, excluded.timestamp_ms)" : "excluded.timestamp_ms";
        database.Execute(
            $"""
            INSERT INTO file_timestamps (hash_id, timestamp_type, location, timestamp_ms) VALUES (@hashId, @Type, @location, @Ms)
            ON CONFLICT (hash_id, timestamp_type, location) DO UPDATE SET timestamp_ms = {update}
            """,
            new { hashId, Type = (int)type, location = location.Trim().ToLowerInvariant(), Ms = time.ToUnixTimeMilliseconds() });
    }

    public void Remove(long hashId, TimestampType type, string location) =>
        database.Execute(
            "DELETE FROM file_timestamps WHERE hash_id = @hashId AND timestamp_type = @Type AND location = @location",
            new { hashId, Type = (int)type, location = location.Trim().ToLowerInvariant() });

    public IReadOnlyList<FileTimestamp> Of(long hashId) =>
        database.Query<(long Type, string Location, long Ms)>(
            "SELECT timestamp_type, location, timestamp_ms FROM file_timestamps WHERE hash_id = @hashId ORDER BY timestamp_type, location",
            new { hashId })
            .Select(row => new FileTimestamp((TimestampType)row.Type, row.Location, DateTimeOffset.FromUnixTimeMilliseconds(row.Ms)))
            .ToList();
}
