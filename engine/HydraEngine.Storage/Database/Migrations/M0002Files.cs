namespace HydraEngine.Storage.Database.Migrations;

/// <summary>Hashes, file info, per-service current and deleted files, the inbox.</summary>
internal sealed class M0002Files : IMigration
{
    public int Version => 2;

    public string Name => "files";

    public void Apply(StoreDatabase database)
    {
        database.Execute("""
            CREATE TABLE hashes (
              hash_id INTEGER PRIMARY KEY,
              hash BLOB NOT NULL UNIQUE);

            CREATE TABLE files_info (
              hash_id INTEGER PRIMARY KEY,
              size INTEGER NOT NULL,
              mime INTEGER NOT NULL,
              width INTEGER,
              height INTEGER,
              duration_ms INTEGER,
              num_frames INTEGER);

            CREATE TABLE current_files (
              service_id INTEGER NOT NULL,
              hash_id INTEGER NOT NULL,
              timestamp_ms INTEGER NOT NULL,
              PRIMARY KEY (service_id, hash_id)) WITHOUT ROWID;
            CREATE INDEX current_files_hash_id ON current_files (hash_id);
            CREATE INDEX current_files_timestamp ON current_files (service_id, timestamp_ms);

            CREATE TABLE deleted_files (
              service_id INTEGER NOT NULL,
              hash_id INTEGER NOT NULL,
              timestamp_ms INTEGER NOT NULL,
              original_timestamp_ms INTEGER,
              reason TEXT,
              PRIMARY KEY (service_id, hash_id)) WITHOUT ROWID;
            CREATE INDEX deleted_files_hash_id ON deleted_files (hash_id);

            CREATE TABLE file_inbox (
              hash_id INTEGER PRIMARY KEY);
            """);
    }
}
