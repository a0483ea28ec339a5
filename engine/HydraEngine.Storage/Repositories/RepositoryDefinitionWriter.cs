using HydraEngine.Storage.Database;
using HydraEngine.Storage.Files;
using HydraEngine.Storage.Tags;

namespace HydraEngine.Storage.Repositories;

/// <summary>
/// Writes a definitions update as sets rather than a row at a time: the file's rows go into a temporary table, the
/// hashes, namespaces, subtags and tags the store lacks are added by one statement each, and the map rows
/// (<c>repository_hash_map</c>, <c>repository_tag_map</c>) come from a join in service id order, in many-row
/// statements, each also remembered in the id cache. Runs in the ambient transaction.
/// </summary>
internal sealed class RepositoryDefinitionWriter(StoreDatabase database, RepositoryIdCache cache)
{
    /// <summary>What a tag that fails the store's tag rules becomes, as in hydrus.</summary>
    public const string InvalidTag = "invalid repository tag";

    public void DefineHashes(int serviceId, IReadOnlyList<(long ServiceHashId, FileHash Hash)> hashes)
    {
        Stage("repository_defined_hashes", "hash BLOB NOT NULL", "hash", statement =>
        {
            Span<byte> bytes = stackalloc byte[FileHash.Length];
            foreach (var (serviceHashId, hash) in hashes)
            {
                hash.WriteTo(bytes);
                statement.Bind(1, serviceHashId).Bind(2, bytes).Execute();
            }
        });
        database.Execute("INSERT OR IGNORE INTO hashes (hash) SELECT hash FROM temp.repository_defined_hashes ORDER BY service_id");
        Map(serviceId, "repository_hash_map", "service_hash_id, hash_id", cache.Hashes(serviceId),
            "SELECT d.service_id, h.hash_id FROM temp.repository_defined_hashes d CROSS JOIN hashes h ON h.hash = d.hash ORDER BY d.service_id");
    }

    public void DefineTags(int serviceId, IReadOnlyList<(long ServiceTagId, string Tag)> tags)
    {
        Stage("repository_defined_tags", "namespace TEXT NOT NULL, subtag TEXT NOT NULL", "namespace, subtag", statement =>
        {
            foreach (var (serviceTagId, tag) in tags)
            {
                var (ns, subtag) = TagText.Split(CleanOrInvalid(tag));
                statement.Bind(1, serviceTagId).Bind(2, ns).Bind(3, subtag).Execute();
            }
        });
        const string Joined = "temp.repository_defined_tags d CROSS JOIN namespaces n ON n.namespace = d.namespace CROSS JOIN subtags s ON s.subtag = d.subtag";
        database.Execute("INSERT OR IGNORE INTO namespaces (namespace) SELECT DISTINCT namespace FROM temp.repository_defined_tags");
        database.Execute("INSERT OR IGNORE INTO subtags (subtag) SELECT subtag FROM temp.repository_defined_tags ORDER BY service_id");
        database.Execute($"INSERT OR IGNORE INTO tags (namespace_id, subtag_id) SELECT n.namespace_id, s.subtag_id FROM {Joined} ORDER BY d.service_id");
        Map(serviceId, "repository_tag_map", "service_tag_id, tag_id", cache.Tags(serviceId),
            $"SELECT d.service_id, t.tag_id FROM {Joined} CROSS JOIN tags t ON t.namespace_id = n.namespace_id AND t.subtag_id = s.subtag_id ORDER BY d.service_id");
    }

    private static string CleanOrInvalid(string tag)
    {
        try
        {
            return TagText.Clean(tag);
        }
        catch (StoreException)
        {
            return InvalidTag;
        }
    }

    /// <summary>Empties (creating it the first time) a temporary table keyed by service id and fills it.</summary>
    private void Stage(string table, string columns, string names, Action<RawStatement> fill)
    {
        database.Execute($"CREATE TEMP TABLE IF NOT EXISTS {table} (service_id INTEGER PRIMARY KEY, {columns})");
        database.Execute($"DELETE FROM temp.{table}");
        var parameters = string.Join(", ", names.Split(',').Select((_, index) => $"?{index + 2}"));
        using var statement = new RawStatement(database.Connection, $"INSERT OR REPLACE INTO temp.{table} (service_id, {names}) VALUES (?1, {parameters})");
        fill(statement);
    }

    /// <summary>Writes the (service id, store id) pairs a join yields into a map table and the cache.</summary>
    private void Map(int serviceId, string table, string columns, DenseIdMap remembered, string join)
    {
        using var rows = new IntegerRowInsert(database, $"INSERT OR REPLACE INTO {table} (service_id, {columns}) VALUES ", $"({serviceId},?,?)");
        using (var pairs = new RawStatement(database.Connection, join))
        {
            pairs.ForEachInt64Pair((repositoryId, storeId) =>
            {
                rows.Add(repositoryId, storeId);
                remembered.Set(repositoryId, storeId);
            });
        }

        rows.Flush();
    }
}
