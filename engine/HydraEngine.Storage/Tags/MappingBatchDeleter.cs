using HydraEngine.Storage.Database;

namespace HydraEngine.Storage.Tags;

/// <summary>
/// Removes a batch of (tag id, hash id) mappings in the ambient transaction: from <c>current_mappings</c> in tag
/// order, from the by-file mirror for the rows that existed, then the count changes. Returns how many existed.
/// </summary>
internal static class MappingBatchDeleter
{
    public static long Delete(StoreDatabase database, int serviceId, IReadOnlyList<(long TagId, long HashId)> mappings)
    {
        using var transaction = database.BeginWrite();
        var counts = new Dictionary<long, long>();
        var removed = new List<(long HashId, long TagId)>();
        using (var byTag = new RawStatement(database.Connection, $"DELETE FROM current_mappings WHERE service_id = {serviceId} AND tag_id = ?1 AND hash_id = ?2"))
        {
            PairGroups.Build(mappings).ForEach((tagId, hashIds) =>
            {
                foreach (var hashId in hashIds)
                {
                    if (byTag.Bind(1, tagId).Bind(2, hashId).Execute() > 0)
                    {
                        counts[tagId] = counts.GetValueOrDefault(tagId) - 1;
                        removed.Add((hashId, tagId));
                    }
                }
            });
        }

        using (var byHash = new RawStatement(database.Connection, $"DELETE FROM current_mappings_by_hash WHERE hash_id = ?1 AND service_id = {serviceId} AND tag_id = ?2"))
        {
            PairGroups.Build(removed).ForEach((hashId, tagIds) =>
            {
                foreach (var tagId in tagIds)
                {
                    byHash.Bind(1, hashId).Bind(2, tagId).Execute();
                }
            });
        }

        using (var count = new RawStatement(database.Connection, $"UPDATE mappings_counts SET current_count = current_count + ?2 WHERE service_id = {serviceId} AND tag_id = ?1"))
        {
            foreach (var (tagId, delta) in counts)
            {
                count.Bind(1, tagId).Bind(2, delta).Execute();
            }
        }

        transaction.Complete();
        return -counts.Values.Sum();
    }
}
