using HydraEngine.Storage.Database;

namespace HydraEngine.Storage.Tags;

/// <summary>
/// Per-service tag↔file mappings (<c>current_mappings</c> and its by-file mirror <c>current_mappings_by_hash</c>,
/// always changed together) and their counts (<c>mappings_counts</c>).
/// </summary>
internal sealed class CurrentMappings
{
    private readonly StoreDatabase database;
    private readonly PreparedCommand insert;
    private readonly PreparedCommand insertMirror;
    private readonly PreparedCommand delete;
    private readonly PreparedCommand deleteMirror;
    private readonly PreparedCommand count;

    public CurrentMappings(StoreDatabase database)
    {
        this.database = database;
        insert = new PreparedCommand(database, "INSERT OR IGNORE INTO current_mappings (service_id, tag_id, hash_id) VALUES (@serviceId, @tagId, @hashId)", "@serviceId", "@tagId", "@hashId");
        insertMirror = new PreparedCommand(database, "INSERT INTO current_mappings_by_hash (hash_id, service_id, tag_id) VALUES (@hashId, @serviceId, @tagId)", "@serviceId", "@tagId", "@hashId");
        delete = new PreparedCommand(database, "DELETE FROM current_mappings WHERE service_id = @serviceId AND tag_id = @tagId AND hash_id = @hashId", "@serviceId", "@tagId", "@hashId");
        deleteMirror = new PreparedCommand(database, "DELETE FROM current_mappings_by_hash WHERE hash_id = @hashId AND service_id = @serviceId AND tag_id = @tagId", "@serviceId", "@tagId", "@hashId");
        count = new PreparedCommand(
            database,
            """
            INSERT INTO mappings_counts (service_id, tag_id, current_count) VALUES (@serviceId, @tagId, @delta)
            ON CONFLICT (service_id, tag_id) DO UPDATE SET current_count = current_count + excluded.current_count
            """,
            "@serviceId",
            "@tagId",
            "@delta");
    }

    /// <summary>Adds mappings inside the ambient write transaction; returns how many were new.</summary>
    public int Add(int serviceId, long hashId, IEnumerable<long> tagIds) => Change(serviceId, hashId, tagIds, add: true);

    /// <summary>Removes mappings inside the ambient write transaction; returns how many existed.</summary>
    public int Remove(int serviceId, long hashId, IEnumerable<long> tagIds) => Change(serviceId, hashId, tagIds, add: false);

    /// <summary>Storage tag ids of a file, per tag service.</summary>
    public IReadOnlyList<(int ServiceId, long TagId)> Of(long hashId) =>
        database.Query<(long ServiceId, long TagId)>(
            "SELECT service_id, tag_id FROM current_mappings_by_hash WHERE hash_id = @hashId ORDER BY service_id, tag_id",
            new { hashId })
            .Select(row => ((int)row.ServiceId, row.TagId))
            .ToList();

    public long Count(int serviceId, long tagId) =>
        database.ExecuteScalar<long?>(
            "SELECT current_count FROM mappings_counts WHERE service_id = @serviceId AND tag_id = @tagId",
            new { serviceId, tagId }) ?? 0;

    private int Change(int serviceId, long hashId, IEnumerable<long> tagIds, bool add)
    {
        var (change, mirror) = add ? (insert, insertMirror) : (delete, deleteMirror);
        var changed = 0;
        foreach (var tagId in tagIds)
        {
            if (change.Execute(serviceId, tagId, hashId) == 0)
            {
                continue;
            }

            changed++;
            mirror.Execute(serviceId, tagId, hashId);
            count.Execute(serviceId, tagId, add ? 1 : -1);
        }

        return changed;
    }
}
