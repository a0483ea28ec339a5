namespace HydraEngine.Storage.Database.Migrations;

/// <summary>
/// Namespaces, subtags, tags and the per-service mappings with their counts. Mappings are kept twice, ordered by
/// tag (<c>current_mappings</c>, for tag searches) and by file (<c>current_mappings_by_hash</c>, for a file's tags
/// and per-file probes): a mirror table rather than an index, so bulk ingest can write each in its own order.
/// </summary>
internal sealed class M0003Tags : IMigration
{
    public int Version => 3;

    public string Name => "tags and mappings";

    public void Apply(StoreDatabase database)
    {
        database.Execute("""
            CREATE TABLE namespaces (
              namespace_id INTEGER PRIMARY KEY,
              namespace TEXT NOT NULL UNIQUE);
            INSERT INTO namespaces (namespace_id, namespace) VALUES (1, '');

            CREATE TABLE subtags (
              subtag_id INTEGER PRIMARY KEY,
              subtag TEXT NOT NULL UNIQUE);

            CREATE TABLE tags (
              tag_id INTEGER PRIMARY KEY,
              namespace_id INTEGER NOT NULL,
              subtag_id INTEGER NOT NULL,
              UNIQUE (namespace_id, subtag_id));
            CREATE INDEX tags_subtag_id ON tags (subtag_id);

            CREATE TABLE current_mappings (
              service_id INTEGER NOT NULL,
              tag_id INTEGER NOT NULL,
              hash_id INTEGER NOT NULL,
              PRIMARY KEY (service_id, tag_id, hash_id)) WITHOUT ROWID;

            CREATE TABLE current_mappings_by_hash (
              hash_id INTEGER NOT NULL,
              service_id INTEGER NOT NULL,
              tag_id INTEGER NOT NULL,
              PRIMARY KEY (hash_id, service_id, tag_id)) WITHOUT ROWID;

            CREATE TABLE mappings_counts (
              service_id INTEGER NOT NULL,
              tag_id INTEGER NOT NULL,
              current_count INTEGER NOT NULL,
              PRIMARY KEY (service_id, tag_id)) WITHOUT ROWID;
            """);
    }
}
