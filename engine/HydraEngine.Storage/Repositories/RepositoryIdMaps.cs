using HydraEngine.Storage.Database;
using HydraEngine.Storage.Files;

namespace HydraEngine.Storage.Repositories;

/// <summary>
/// A repository's ids for hashes and tags mapped to the store's (<c>repository_hash_map</c>, <c>repository_tag_map</c>),
/// written from definitions updates (<see cref="RepositoryDefinitionWriter"/>) and read while content is processed,
/// through a cache kept across update files.
/// </summary>
internal sealed class RepositoryIdMaps(StoreDatabase database, RepositoryIdCache cache)
{
    private readonly RepositoryDefinitionWriter definitions = new(database, cache);

    /// <summary>Writes definitions inside the ambient transaction; returns how many were written.</summary>
    public long Define(int serviceId, IReadOnlyList<(long ServiceHashId, FileHash Hash)> hashes, IReadOnlyList<(long ServiceTagId, string Tag)> tags)
    {
        definitions.DefineHashes(serviceId, hashes);
        definitions.DefineTags(serviceId, tags);
        return hashes.Count + tags.Count;
    }

    /// <summary>Resolves repository ids to the store's; an id no definitions update defined is an error.</summary>
    public Resolver Open(int serviceId) => new(database, serviceId, cache);

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
