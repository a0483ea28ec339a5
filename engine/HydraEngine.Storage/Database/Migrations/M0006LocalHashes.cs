namespace HydraEngine.Storage.Database.Migrations;

/// <summary>
/// MD5, SHA-1 and SHA-512 per stored file (hydrus's <c>local_hashes</c>), so a downloader can check a hash a page
/// gives. Files already in the store are not hashed here (that would read every file inside the upgrade): they get
/// their row when they are imported again, and until then only their SHA-256 can be looked up.
/// </summary>
internal sealed class M0006LocalHashes : IMigration
{
    public int Version => 6;

    public string Name => "local hashes";

    public void Apply(StoreDatabase database)
    {
        database.Execute("""
            CREATE TABLE local_hashes (
              hash_id INTEGER PRIMARY KEY REFERENCES hashes (hash_id),
              md5 BLOB NOT NULL,
              sha1 BLOB NOT NULL,
              sha512 BLOB NOT NULL);
            CREATE INDEX local_hashes_md5 ON local_hashes (md5);
            CREATE INDEX local_hashes_sha1 ON local_hashes (sha1);
            CREATE INDEX local_hashes_sha512 ON local_hashes (sha512);
            """);
    }
}
