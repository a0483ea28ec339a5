using HydraEngine.Storage.Database;

namespace HydraEngine.Storage.Tags;

/// <summary>Writes a sorted batch of (tag id, hash id) mappings and their count changes in one transaction.</summary>
internal static class MappingBatchWriter
{
    public static long Write(StoreDatabase database, int serviceId, IReadOnlyList<(long TagId, long HashId)> sortedMappings)
    {
        using var transaction = database.BeginWrite();
        var counts = new Dictionary<long, long>();
        long added = 0;
        using (var insert = new RawStatement(database.Connection, $"INSERT OR IGNORE INTO current_mappings (service_id, tag_id, hash_id) VALUES ({serviceId}, ?1, ?2)"))
        {
            foreach (var (tagId, hashId) in sortedMappings)
            {
                if (insert.Bind(1, tagId).Bind(2, hashId).Execute() == 0)
                {
                    continue;
                }

                added++;
                counts[tagId] = counts.GetValueOrDefault(tagId) + 1;
            }
        }

        using (var count = new RawStatement(
                   database.Connection,
                   $"""
                   INSERT INTO mappings_counts (service_id, tag_id, current_count) VALUES ({serviceId}, ?1, ?2)
                   ON CONFLICT (service_id, tag_id) DO UPDATE SET current_count = current_count + excluded.current_count
                   """))
        {
            foreach (var (tagId, delta) in counts)
            {
                count.Bind(1, tagId).Bind(2, delta).Execute();
            }
        }

        transaction.Complete();
        return added;
    }
}
