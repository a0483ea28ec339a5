using HydraEngine.Storage.Database;

namespace HydraEngine.Storage.Tags;

/// <summary>
/// Writes a batch of (tag id, hash id) mappings in one transaction: into <c>current_mappings</c> grouped by tag
/// (in tag order), into the by-file mirror in file order, then the count changes.
/// </summary>
internal static class MappingBatchWriter
{
    public static long Write(StoreDatabase database, int serviceId, IReadOnlyList<(long TagId, long HashId)> mappings)
    {
        using var transaction = database.BeginWrite();
        var counts = new Dictionary<long, long>();
        using (var byTag = new GroupedInsert(database, "INSERT OR IGNORE INTO current_mappings (service_id, tag_id, hash_id) VALUES ", $"({serviceId},{{key}},{{value}})"))
        {
            PairGroups.Build(mappings).ForEach((tagId, hashIds) =>
            {
                var added = byTag.Insert(tagId, hashIds);
                if (added > 0)
                {
                    counts[tagId] = counts.GetValueOrDefault(tagId) + added;
                }
            });
        }

        // a file has few tags each, so the mirror's rows go in many-row statements that span files, in file order
        using (var byHash = new IntegerRowInsert(database, "INSERT OR IGNORE INTO current_mappings_by_hash (hash_id, service_id, tag_id) VALUES ", $"(?,{serviceId},?)"))
        {
            PairGroups.Build(mappings.Select(pair => (pair.HashId, pair.TagId)).ToList()).ForEach((hashId, tagIds) =>
            {
                foreach (var tagId in tagIds)
                {
                    byHash.Add(hashId, tagId);
                }
            });
            byHash.Flush();
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
        return counts.Values.Sum();
    }
}
