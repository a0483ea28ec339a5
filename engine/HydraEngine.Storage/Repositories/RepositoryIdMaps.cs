using HydraEngine.Storage.Database;
using HydraEngine.Storage.Files;
using HydraEngine.Storage.Tags;

namespace HydraEngine.Storage.Repositories;

/// <summary>
/// A repository's ids for hashes and tags mapped to the store's (<c>repository_hash_map</c>, <c>repository_tag_map</c>),
/// written from definitions updates and read while content is processed, through a cache kept across update files.
/// </summary>
internal sealed class RepositoryIdMaps(StoreDatabase database, RepositoryIdCache cache)
{
    /// <summary>What a tag that fails the store's tag rules becomes, as in hydrus.</summary>
    public const string InvalidTag = "invalid repository tag";

    /// <summary>Writes definitions inside the ambient transaction; returns how many were written.</summary>
    public long Define(int serviceId, IReadOnlyList<(long ServiceHashId, FileHash Hash)> hashes, IReadOnlyList<(long ServiceTagId, string Tag)> tags)
    {
        DefineHashes(serviceId, hashes);
        var tagCache = cache.Tags(serviceId);
        using var resolver = new BulkIdResolver(database);
        using var tagMap = new IntegerRowInsert(database, "INSERT OR REPLACE INTO repository_tag_map (service_id, service_tag_id, tag_id) VALUES ", $"({serviceId},?,?)");
        foreach (var (serviceTagId, tag) in tags)
        {
            var tagId = resolver.TagId(CleanOrInvalid(tag));
            tagMap.Add(serviceTagId, tagId);
            tagCache.Set(serviceTagId, tagId);
        }

        tagMap.Flush();
        return hashes.Count + tags.Count;
    }

    /// <summary>Resolves repository ids to the store's; an id no definitions update defined is an error.</summary>
    public Resolver Open(int serviceId) => new(database, serviceId, cache);

    /// <summary>
    /// Hashes as sets rather than one at a time: the file's (service hash id, hash) rows into a temporary table,
    /// the new hashes into <c>hashes</c> in one statement, then the map rows from a join, in service id order.
    /// </summary>
    private void DefineHashes(int serviceId, IReadOnlyList<(long ServiceHashId, FileHash Hash)> hashes)
    {
        database.Execute("CREATE TEMP TABLE IF NOT EXISTS repository_defined_hashes (service_hash_id INTEGER PRIMARY KEY, hash BLOB NOT NULL)");
        database.Execute("DELETE FROM temp.repository_defined_hashes");
        using (var stage = new RawStatement(database.Connection, "INSERT OR REPLACE INTO temp.repository_defined_hashes (service_hash_id, hash) VALUES (?1, ?2)"))
        {
            Span<byte> bytes = stackalloc byte[FileHash.Length];
            foreach (var (serviceHashId, hash) in hashes)
            {
                hash.WriteTo(bytes);
                stage.Bind(1, serviceHashId).Bind(2, bytes).Execute();
            }
        }

        database.Execute("INSERT OR IGNORE INTO hashes (hash) SELECT hash FROM temp.repository_defined_hashes ORDER BY service_hash_id");
        var hashCache = cache.Hashes(serviceId);
        using var hashMap = new IntegerRowInsert(database, "INSERT OR REPLACE INTO repository_hash_map (service_id, service_hash_id, hash_id) VALUES ", $"({serviceId},?,?)");
        using (var join = new RawStatement(database.Connection, "SELECT d.service_hash_id, h.hash_id FROM temp.repository_defined_hashes d CROSS JOIN hashes h ON h.hash = d.hash ORDER BY d.service_hash_id"))
        {
            join.ForEachInt64Pair((serviceHashId, hashId) =>
            {
                hashMap.Add(serviceHashId, hashId);
                hashCache.Set(serviceHashId, hashId);
            });
        }

        hashMap.Flush();
        database.Execute("DELETE FROM temp.repository_defined_hashes");
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

    /// <summary>Looks ids up in the cache, then with prepared statements (remembering each answer in the cache).</summary>
    internal sealed class Resolver : IDisposable
    {
        private readonly RawStatement findHash;
        private readonly RawStatement findTag;
        private readonly DenseIdMap hashes;
        private readonly DenseIdMap tags;

        public Resolver(StoreDatabase database, int serviceId, RepositoryIdCache cache)
        {
            findHash = new RawStatement(database.Connection, $"SELECT hash_id FROM repository_hash_map WHERE service_id = {serviceId} AND service_hash_id = ?1");
            findTag = new RawStatement(database.Connection, $"SELECT tag_id FROM repository_tag_map WHERE service_id = {serviceId} AND service_tag_id = ?1");
            hashes = cache.Hashes(serviceId);
            tags = cache.Tags(serviceId);
        }

        public long HashId(long serviceHashId) => Find(hashes, findHash, serviceHashId, "hash");

        public long TagId(long serviceTagId) => Find(tags, findTag, serviceTagId, "tag");

        public void Dispose()
        {
            findHash.Dispose();
            findTag.Dispose();
        }

        private static long Find(DenseIdMap cache, RawStatement statement, long id, string what)
        {
            if (!cache.TryGet(id, out var found))
            {
                found = statement.Bind(1, id).ScalarInt64()
                    ?? throw new RepositoryDefinitionException($"the repository's {what} id {id} was never defined: its definitions are missing or damaged; reset the repository to download and process them again");
                cache.Set(id, found);
            }

            return found;
        }
    }
}
