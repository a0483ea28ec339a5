namespace HydraEngine.Storage.Database.Migrations;

/// <summary>Known URLs, notes and timestamps per file.</summary>
internal sealed class M0004FileMetadata : IMigration
{
    public int Version => 4;

    public string Name => "urls, notes, timestamps";

    public void Apply(StoreDatabase database)
    {
        database.Execute("""
            CREATE TABLE urls (
              url_id INTEGER PRIMARY KEY,
              domain TEXT NOT NULL,
              url TEXT NOT NULL UNIQUE);
            CREATE INDEX urls_domain ON urls (domain);

            CREATE TABLE url_map (
              hash_id INTEGER NOT NULL,
              url_id INTEGER NOT NULL,
              PRIMARY KEY (hash_id, url_id)) WITHOUT ROWID;
            CREATE INDEX url_map_url_id ON url_map (url_id);

            CREATE TABLE labels (
              label_id INTEGER PRIMARY KEY,
              label TEXT NOT NULL UNIQUE);

            CREATE TABLE notes (
              note_id INTEGER PRIMARY KEY,
              note TEXT NOT NULL UNIQUE);

            CREATE TABLE file_notes (
              hash_id INTEGER NOT NULL,
              name_id INTEGER NOT NULL,
              note_id INTEGER NOT NULL,
              PRIMARY KEY (hash_id, name_id)) WITHOUT ROWID;

            CREATE TABLE file_timestamps (
              hash_id INTEGER NOT NULL,
              timestamp_type INTEGER NOT NULL,
              location TEXT NOT NULL,
              timestamp_ms INTEGER NOT NULL,
              PRIMARY KEY (hash_id, timestamp_type, location)) WITHOUT ROWID;
            """);
    }
}
