using HydraEngine.Storage.Database;
using HydraEngine.Storage.Files;
using HydraEngine.Storage.Tags;

namespace HydraEngine.Storage.Repositories;

/// <summary>
/// A repository's ids for hashes and tags mapped to the store's (<c>repository_hash_map</c>, <c>repository_tag_map</c>),
/// written from definitions updates and read while content is processed.
/// </summary>
internal sealed class RepositoryIdMaps(StoreDatabase database)
{
    /// <summary>What a tag that fails the store's tag rules becomes, as in hydrus.</summary>
    public const string InvalidTag = "invalid repository tag";

    /// <summary>Writes definitions inside the ambient transaction; returns how many were written.</summary>
    public long Define(int serviceId, IReadOnlyList<(long ServiceHashId, FileHash Hash)> hashes, IReadOnlyList<(long ServiceTagId, string Tag)> tags)
    {
        using var resolver = new BulkIdResolver(database);
        using (var hashMap = new RawStatement(database.Connection, $"INSERT OR REPLACE INTO repository_hash_map (service_id, service_hash_id, hash_id) VALUES ({serviceId}, ?1, ?2)"))
        {
            foreach (var (serviceHashId, hash) in hashes)
            {
                hashMap.Bind(1, serviceHashId).Bind(2, resolver.HashId(hash)).Execute();
            }
        }

        using (var tagMap = new RawStatement(database.Connection, $"INSERT OR REPLACE INTO repository_tag_map (service_id, service_tag_id, tag_id) VALUES ({serviceId}, ?1, ?2)"))
        {
            foreach (var (serviceTagId, tag) in tags)
            {
                tagMap.Bind(1, serviceTagId).Bind(2, resolver.TagId(CleanOrInvalid(tag))).Execute();
            }
        }

        return hashes.Count + tags.Count;
    }

    /// <summary>Resolves repository ids to the store's; an id no definitions update defined is an error.</summary>
    public Resolver Open(int serviceId) => new(database, serviceId);

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

    /// <summary>Looks ids up with prepared statements, remembering each answer for the batch.</summary>
    internal sealed class Resolver : IDisposable
    {
        private readonly RawStatement findHash;
        private readonly RawStatement findTag;
        private readonly Dictionary<long, long> hashes = [];
        private readonly Dictionary<long, long> tags = [];

        public Resolver(StoreDatabase database, int serviceId)
        {
            findHash = new RawStatement(database.Connection, $"SELECT hash_id FROM repository_hash_map WHERE service_id = {serviceId} AND service_hash_id = ?1");
            findTag = new RawStatement(database.Connection, $"SELECT tag_id FROM repository_tag_map WHERE service_id = {serviceId} AND service_tag_id = ?1");
        }

        public long HashId(long serviceHashId) => Find(hashes, findHash, serviceHashId, "hash");

        public long TagId(long serviceTagId) => Find(tags, findTag, serviceTagId, "tag");

        public void Dispose()
        {
            findHash.Dispose();
            findTag.Dispose();
        }

        private static long Find(Dictionary<long, long> cache, RawStatement statement, long id, string what)
        {
            if (!cache.TryGetValue(id, out var found))
            {
                found = statement.Bind(1, id).ScalarInt64()
                    ?? throw new RepositoryDefinitionException($"the repository's {what} id {id} was never defined: its definitions are missing or damaged; reset the repository to download and process them again");
                cache[id] = found;
            }

            return found;
        }
    }
}
