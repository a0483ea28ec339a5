using HydraEngine.Storage.Database;
using HydraEngine.Storage.Relations;
using HydraEngine.Storage.Tags;

namespace HydraEngine.Storage.Repositories;

/// <summary>Applies a content update's rows to the repository's tag service, in the ambient transaction.</summary>
internal sealed class RepositoryContentWriter(StoreDatabase database, RepositoryIdMaps idMaps, TagRelations relations)
{
    /// <summary>Adds then deletes mappings (hydrus's order within a file); returns the rows handled.</summary>
    public long ApplyMappings(int serviceId, IReadOnlyList<RepositoryMappingRow> added, IReadOnlyList<RepositoryMappingRow> deleted)
    {
        using var resolver = idMaps.Open(serviceId);
        var rows = 0L;
        if (added.Count > 0)
        {
            var pairs = Resolve(resolver, added);
            MappingBatchWriter.Write(database, serviceId, pairs);
            rows += pairs.Count;
        }

        if (deleted.Count > 0)
        {
            var pairs = Resolve(resolver, deleted);
            MappingBatchDeleter.Delete(database, serviceId, pairs);
            rows += pairs.Count;
        }

        return rows;
    }

    /// <summary>Adds then deletes sibling or parent pairs (repository ids); returns the rows handled.</summary>
    public long ApplyPairs(int serviceId, RepositoryContentType type, IReadOnlyList<(long First, long Second)> added, IReadOnlyList<(long First, long Second)> deleted)
    {
        var (insert, delete) = type switch
        {
            RepositoryContentType.TagSiblings => (
                "INSERT OR REPLACE INTO tag_siblings (service_id, bad_tag_id, good_tag_id) VALUES (@serviceId, @first, @second)",
                "DELETE FROM tag_siblings WHERE service_id = @serviceId AND bad_tag_id = @first AND good_tag_id = @second"),
            RepositoryContentType.TagParents => (
                "INSERT OR IGNORE INTO tag_parents (service_id, child_tag_id, parent_tag_id) VALUES (@serviceId, @first, @second)",
                "DELETE FROM tag_parents WHERE service_id = @serviceId AND child_tag_id = @first AND parent_tag_id = @second"),
            _ => throw new ArgumentOutOfRangeException(nameof(type), type, "only siblings and parents are pairs"),
        };
        using var resolver = idMaps.Open(serviceId);
        foreach (var (sql, pairs) in new[] { (insert, added), (delete, deleted) })
        {
            foreach (var (first, second) in pairs)
            {
                database.Execute(sql, new { serviceId, first = resolver.TagId(first), second = resolver.TagId(second) });
            }
        }

        relations.Forget(serviceId);
        return added.Count + deleted.Count;
    }

    /// <summary>Removes everything processed into the service: mappings, counts, siblings, parents and the id maps.</summary>
    public void Clear(int serviceId, IReadOnlyCollection<RepositoryContentType>? types)
    {
        bool Has(RepositoryContentType type) => types is null || types.Contains(type);
        var statements = new List<string>();
        if (Has(RepositoryContentType.Mappings))
        {
            statements.AddRange(["DELETE FROM current_mappings WHERE service_id = @serviceId", "DELETE FROM current_mappings_by_hash WHERE service_id = @serviceId", "DELETE FROM mappings_counts WHERE service_id = @serviceId"]);
        }

        if (Has(RepositoryContentType.TagSiblings))
        {
            statements.Add("DELETE FROM tag_siblings WHERE service_id = @serviceId");
        }

        if (Has(RepositoryContentType.TagParents))
        {
            statements.Add("DELETE FROM tag_parents WHERE service_id = @serviceId");
        }

        if (Has(RepositoryContentType.Definitions))
        {
            statements.AddRange(["DELETE FROM repository_hash_map WHERE service_id = @serviceId", "DELETE FROM repository_tag_map WHERE service_id = @serviceId"]);
        }

        foreach (var sql in statements)
        {
            database.Execute(sql, new { serviceId });
        }

        relations.Forget(serviceId);
    }

    private static List<(long TagId, long HashId)> Resolve(RepositoryIdMaps.Resolver resolver, IReadOnlyList<RepositoryMappingRow> rows)
    {
        var pairs = new List<(long, long)>(rows.Sum(row => row.ServiceHashIds.Length));
        foreach (var row in rows)
        {
            var tagId = resolver.TagId(row.ServiceTagId);
            foreach (var serviceHashId in row.ServiceHashIds)
            {
                pairs.Add((tagId, resolver.HashId(serviceHashId)));
            }
        }

        return pairs;
    }
}
