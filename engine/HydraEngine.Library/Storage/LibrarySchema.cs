using Dapper;
using HydraEngine.Database;

namespace HydraEngine.Library.Storage;

/// <summary>
/// The library's tables, all prefixed <c>library_</c> so they live beside the tag/file store's tables in the
/// same database file. Each migration runs once, recorded in <c>schema_versions</c> as component <c>library</c>
/// (earlier releases kept <c>library_schema_version</c>).
/// </summary>
internal static class LibrarySchema
{
    public static SchemaComponent Component => new(
        "library",
        Migrations.Select(step => new SchemaMigration(step.Version, step.Name, transaction => transaction.Connection!.Execute(step.Sql, transaction: transaction))).ToArray())
    {
        LegacyVersionTable = "library_schema_version",
    };

    public static IReadOnlyList<(int Version, string Name, string Sql)> Migrations { get; } =
    [
        (1, "downloader library: objects, versions, links, set-aside edits, revision", """
            CREATE TABLE library_objects (
              object_id INTEGER PRIMARY KEY,
              kind TEXT NOT NULL,
              name TEXT NOT NULL,
              current_version INTEGER NOT NULL,
              UNIQUE (kind, name));
            CREATE TABLE library_versions (
              object_id INTEGER NOT NULL REFERENCES library_objects (object_id),
              version INTEGER NOT NULL,
              created_ms INTEGER NOT NULL,
              origin TEXT NOT NULL CHECK (origin IN ('import', 'local edit', 'rollback')),
              source TEXT,
              note TEXT,
              type_id INTEGER NOT NULL,
              object_key TEXT,
              sha256 TEXT NOT NULL,
              hydrus_json TEXT NOT NULL,
              base_version INTEGER,
              PRIMARY KEY (object_id, version));
            CREATE TABLE library_links (
              url_class_name TEXT PRIMARY KEY,
              parser_name TEXT,
              created_ms INTEGER NOT NULL);
            CREATE TABLE library_set_aside (
              set_aside_id INTEGER PRIMARY KEY,
              object_id INTEGER NOT NULL REFERENCES library_objects (object_id),
              created_ms INTEGER NOT NULL,
              upstream_version INTEGER NOT NULL,
              edit_version INTEGER NOT NULL,
              conflicts_json TEXT NOT NULL,
              native_json TEXT NOT NULL);
            CREATE TABLE library_revision (
              id INTEGER PRIMARY KEY CHECK (id = 1),
              library_id TEXT NOT NULL,
              revision INTEGER NOT NULL);
            INSERT INTO library_revision (id, library_id, revision) VALUES (1, lower(hex(randomblob(16))), 0);
            """),
        (2, "test packs: saved documents and expected results per page parser", """
            CREATE TABLE library_test_packs (
              parser_name TEXT PRIMARY KEY,
              updated_ms INTEGER NOT NULL,
              tests_json TEXT NOT NULL);
            """),
        (3, "test packs versioned with their parser: the pack saved with each parser version (a rollback restores it)", """
            CREATE TABLE library_test_pack_versions (
              parser_name TEXT NOT NULL,
              parser_version INTEGER NOT NULL,
              created_ms INTEGER NOT NULL,
              tests_json TEXT NOT NULL,
              PRIMARY KEY (parser_name, parser_version));
            INSERT INTO library_test_pack_versions (parser_name, parser_version, created_ms, tests_json)
              SELECT packs.parser_name, objects.current_version, packs.updated_ms, packs.tests_json
              FROM library_test_packs packs JOIN library_objects objects ON objects.kind = 'parser' AND objects.name = packs.parser_name;
            """),
    ];
}
