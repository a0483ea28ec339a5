using HydraEngine.Storage.Database;

namespace HydraEngine.Storage.Files;

/// <summary>MD5, SHA-1 and SHA-512 per stored file (table <c>local_hashes</c>), written with the import.</summary>
internal sealed class LocalHashTable
{
    private readonly StoreDatabase database;

    public LocalHashTable(StoreDatabase database)
    {
        this.database = database;
    }

    /// <summary>Writes the row unless the file has one already (it can only hold the same values); call inside a write transaction.</summary>
    public void Fill(long hashId, OtherHashBytes hashes) =>
        database.Execute(
            "INSERT OR IGNORE INTO local_hashes (hash_id, md5, sha1, sha512) VALUES (@hashId, @Md5, @Sha1, @Sha512)",
            new { hashId, hashes.Md5, hashes.Sha1, hashes.Sha512 });

    public LocalHashes? Of(long hashId) =>
        database.QuerySingleOrDefault<Row>("SELECT md5, sha1, sha512 FROM local_hashes WHERE hash_id = @hashId", new { hashId }) is { } row
            ? new OtherHashBytes(row.Md5, row.Sha1, row.Sha512).ToLocalHashes()
            : null;

    /// <summary>The files with <paramref name="value"/> in <paramref name="type"/>'s column (several only on a collision).</summary>
    public IReadOnlyList<long> HashIdsOf(HashType type, byte[] value)
    {
        var column = type.Column ?? throw new ArgumentException("SHA-256 lives in the hashes table", nameof(type));
        return database.Query<long>($"SELECT hash_id FROM local_hashes WHERE {column} = @value", new { value }).ToList();
    }

    private sealed record Row
    {
        public byte[] Md5 { get; init; } = [];

        public byte[] Sha1 { get; init; } = [];

        public byte[] Sha512 { get; init; } = [];
    }
}
