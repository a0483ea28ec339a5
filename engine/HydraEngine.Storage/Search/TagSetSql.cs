using System.Globalization;
using HydraEngine.Storage.Database;

namespace HydraEngine.Storage.Search;

/// <summary>
/// Writes SQL for "a mapping row <c>m</c> belongs to this tag set": inline id lists for small sets, a temporary
/// table (<c>temp.search_tags</c>) for large ones (namespace and wildcard searches).
/// </summary>
internal sealed class TagSetSql
{
    private const int InlineLimit = 500;

    private readonly StoreDatabase database;
    private int nextSetId;

    public TagSetSql(StoreDatabase database)
    {
        this.database = database;
        database.Execute("""
            CREATE TEMP TABLE IF NOT EXISTS search_tags (
              set_id INTEGER NOT NULL,
              service_id INTEGER NOT NULL,
              tag_id INTEGER NOT NULL,
              PRIMARY KEY (set_id, service_id, tag_id)) WITHOUT ROWID;
            DELETE FROM temp.search_tags;
            """);
    }

    /// <summary>Drops (service, tag) pairs no file has, so searches touch only services that hold the tag.</summary>
    public TagSet Prune(TagSet set)
    {
        if (set.Count > InlineLimit)
        {
            return set;
        }

        var result = new Dictionary<int, IReadOnlySet<long>>();
        foreach (var (serviceId, tagIds) in set.TagIdsByService)
        {
            if (tagIds.Count == 0)
            {
                continue;
            }

            var present = database.Query<long>(
                $"SELECT tag_id FROM mappings_counts WHERE service_id = {serviceId} AND tag_id IN ({Ids(tagIds)}) AND current_count > 0").ToHashSet();
            if (present.Count > 0)
            {
                result[serviceId] = present;
            }
        }

        return new TagSet(result);
    }

    /// <summary>A boolean SQL expression over <c>{alias}.service_id</c> and <c>{alias}.tag_id</c>.</summary>
    public string Membership(TagSet set, string alias)
    {
        var services = set.TagIdsByService.Where(pair => pair.Value.Count > 0).ToList();
        if (services.Count == 0)
        {
            return "0";
        }

        if (set.Count > InlineLimit)
        {
            return $"({alias}.service_id, {alias}.tag_id) IN (SELECT service_id, tag_id FROM temp.search_tags WHERE set_id = {Materialise(set)})";
        }

        var first = services[0].Value;
        if (services.All(pair => pair.Value.SetEquals(first)))
        {
            return $"{alias}.service_id IN ({Ids(services.Select(pair => (long)pair.Key))}) AND {alias}.tag_id IN ({Ids(first)})";
        }

        return "(" + string.Join(" OR ", services.Select(pair => $"({alias}.service_id = {pair.Key} AND {alias}.tag_id IN ({Ids(pair.Value)}))")) + ")";
    }

    /// <summary>SQL selecting the distinct hash ids of a tag set, driven from the mappings primary key.</summary>
    public string DriverSelect(TagSet set)
    {
        var services = set.TagIdsByService.Where(pair => pair.Value.Count > 0).ToList();
        if (services.Count == 1 && services[0].Value.Count == 1)
        {
            return $"SELECT m.hash_id FROM current_mappings m WHERE m.service_id = {services[0].Key} AND m.tag_id = {services[0].Value.First()}";
        }

        if (set.Count > InlineLimit)
        {
            return $"""
                SELECT DISTINCT m.hash_id FROM temp.search_tags t
                CROSS JOIN current_mappings m ON m.service_id = t.service_id AND m.tag_id = t.tag_id
                WHERE t.set_id = {Materialise(set)}
                """;
        }

        return $"SELECT DISTINCT m.hash_id FROM current_mappings m WHERE {Membership(set, "m")}";
    }

    /// <summary>How many mappings the set covers (an upper bound on matching files).</summary>
    public long Estimate(TagSet set) =>
        set.IsEmpty ? 0 : database.ExecuteScalar<long>($"SELECT COALESCE(SUM(m.current_count), 0) FROM mappings_counts m WHERE {Membership(set, "m")}");

    private int Materialise(TagSet set)
    {
        // Multi-row inserts in autocommit: the temp database is written without taking the store's write lock.
        var setId = ++nextSetId;
        var rows = set.TagIdsByService.SelectMany(pair => pair.Value.Select(tagId => $"({setId},{pair.Key},{tagId})"));
        foreach (var chunk in rows.Chunk(500))
        {
            database.Execute($"INSERT OR IGNORE INTO temp.search_tags (set_id, service_id, tag_id) VALUES {string.Join(',', chunk)}");
        }

        return setId;
    }

    private static string Ids(IEnumerable<long> ids) => string.Join(',', ids.Select(id => id.ToString(CultureInfo.InvariantCulture)));
}
