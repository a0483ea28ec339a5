using HydraEngine.Storage.Database;

namespace HydraEngine.Storage.Files;

/// <summary>The integer id of each known SHA-256 (table <c>hashes</c>).</summary>
internal sealed class HashIds
{
    private readonly StoreDatabase database;

    public HashIds(StoreDatabase database)
    {
        this.database = database;
    }

    public long? Find(FileHash hash) =>
        database.ExecuteScalar<long?>("SELECT hash_id FROM hashes WHERE hash = @Hash", new { Hash = hash.ToByteArray() });

    /// <summary>The id, creating it; call inside a write transaction.</summary>
    public long GetOrCreate(FileHash hash) =>
        Find(hash) ?? database.ExecuteScalar<long>("INSERT INTO hashes (hash) VALUES (@Hash) RETURNING hash_id", new { Hash = hash.ToByteArray() });

    public FileHash HashOf(long hashId) =>
        FileHash.FromBytes(database.ExecuteScalar<byte[]>("SELECT hash FROM hashes WHERE hash_id = @hashId", new { hashId })
            ?? throw new StoreException($"hash id {hashId} is missing from the hashes table; run 'hydra db check'"));

    public Dictionary<long, FileHash> HashesOf(IReadOnlyCollection<long> hashIds)
    {
        var result = new Dictionary<long, FileHash>(hashIds.Count);
        foreach (var chunk in hashIds.Chunk(500))
        {
            foreach (var row in database.Query<(long Id, byte[] Hash)>("SELECT hash_id, hash FROM hashes WHERE hash_id IN @chunk", new { chunk }))
            {
                result[row.Id] = FileHash.FromBytes(row.Hash);
            }
        }

        return result;
    }
}
