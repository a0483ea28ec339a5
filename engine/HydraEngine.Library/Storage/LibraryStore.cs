using Dapper;
using Microsoft.Data.Sqlite;

namespace HydraEngine.Library.Storage;

/// <summary>The library's SQL: reads anywhere, writes only inside a <see cref="LibraryDatabase.Write{T}"/> transaction.</summary>
internal sealed class LibraryStore(LibraryDatabase database)
{
    private const string VersionColumns = """
        v.object_id AS ObjectId, v.version AS Version, v.created_ms AS CreatedMs, v.origin AS Origin, v.source AS Source,
        v.note AS Note, v.type_id AS TypeId, v.object_key AS ObjectKey, v.sha256 AS Sha256, v.hydrus_json AS HydrusJson,
        v.base_version AS BaseVersion
        """;

    private const string ObjectColumns = "object_id AS ObjectId, kind AS Kind, name AS Name, current_version AS CurrentVersion";

    private SqliteConnection Connection => database.Connection;

    public (string LibraryId, long Revision) Revision(SqliteTransaction? transaction = null) =>
        Connection.QuerySingle<(string, long)>("SELECT library_id, revision FROM library_revision WHERE id = 1", transaction: transaction);

    public void BumpRevision(SqliteTransaction transaction) =>
        Connection.Execute("UPDATE library_revision SET revision = revision + 1 WHERE id = 1", transaction: transaction);

    public IReadOnlyList<ObjectRow> Objects(SqliteTransaction? transaction = null) =>
        Connection.Query<ObjectRow>($"SELECT {ObjectColumns} FROM library_objects ORDER BY kind, name", transaction: transaction).AsList();

    public IReadOnlyList<ObjectRow> ObjectsNamed(string name, SqliteTransaction? transaction = null) =>
        Connection.Query<ObjectRow>($"SELECT {ObjectColumns} FROM library_objects WHERE name = @name ORDER BY kind", new { name }, transaction).AsList();

    public ObjectRow? Object(string kind, string name, SqliteTransaction? transaction = null) =>
        Connection.QuerySingleOrDefault<ObjectRow>($"SELECT {ObjectColumns} FROM library_objects WHERE kind = @kind AND name = @name", new { kind, name }, transaction);

    /// <summary>Every object's current version, in (kind, name) order.</summary>
    public IReadOnlyList<(ObjectRow Object, VersionRow Version)> CurrentVersions(SqliteTransaction? transaction = null) =>
        Connection.Query<ObjectRow, VersionRow, (ObjectRow, VersionRow)>(
            $"SELECT o.object_id AS ObjectId, o.kind AS Kind, o.name AS Name, o.current_version AS CurrentVersion, {VersionColumns} " +
            "FROM library_objects o JOIN library_versions v ON v.object_id = o.object_id AND v.version = o.current_version ORDER BY o.kind, o.name",
            (objectRow, versionRow) => (objectRow, versionRow),
            transaction: transaction,
            splitOn: "ObjectId").AsList();

    public IReadOnlyList<VersionRow> Versions(long objectId, SqliteTransaction? transaction = null) =>
        Connection.Query<VersionRow>($"SELECT {VersionColumns} FROM library_versions v WHERE v.object_id = @objectId ORDER BY v.version", new { objectId }, transaction).AsList();

    /// <summary>How many versions each object has, by object id.</summary>
    public IReadOnlyDictionary<long, long> VersionCounts(SqliteTransaction? transaction = null) =>
        Connection.Query<(long, long)>("SELECT object_id, COUNT(*) FROM library_versions GROUP BY object_id", transaction: transaction)
            .ToDictionary(row => row.Item1, row => row.Item2);

    public VersionRow? Version(long objectId, long version, SqliteTransaction? transaction = null) =>
        Connection.QuerySingleOrDefault<VersionRow>($"SELECT {VersionColumns} FROM library_versions v WHERE v.object_id = @objectId AND v.version = @version", new { objectId, version }, transaction);

    public long InsertObject(SqliteTransaction transaction, string kind, string name) =>
        Connection.ExecuteScalar<long>("INSERT INTO library_objects (kind, name, current_version) VALUES (@kind, @name, 0) RETURNING object_id", new { kind, name }, transaction);

    /// <summary>Appends a version (numbered after the last one, dated now) and makes it current; returns its number.</summary>
    public long AppendVersion(SqliteTransaction transaction, VersionRow row)
    {
        var version = 1 + (Connection.ExecuteScalar<long?>("SELECT MAX(version) FROM library_versions WHERE object_id = @ObjectId", new { row.ObjectId }, transaction) ?? 0);
        Connection.Execute(
            """
            INSERT INTO library_versions (object_id, version, created_ms, origin, source, note, type_id, object_key, sha256, hydrus_json, base_version)
            VALUES (@ObjectId, @Version, @CreatedMs, @Origin, @Source, @Note, @TypeId, @ObjectKey, @Sha256, @HydrusJson, @BaseVersion)
            """,
            row with { Version = version, CreatedMs = NowMs() },
            transaction);
        Connection.Execute("UPDATE library_objects SET current_version = @version WHERE object_id = @ObjectId", new { version, row.ObjectId }, transaction);
        return version;
    }

    public IReadOnlyList<LinkRow> Links(SqliteTransaction? transaction = null) =>
        Connection.Query<LinkRow>("SELECT url_class_name AS UrlClassName, parser_name AS ParserName, created_ms AS CreatedMs FROM library_links ORDER BY url_class_name", transaction: transaction).AsList();

    public void SetLink(SqliteTransaction transaction, string urlClassName, string? parserName) =>
        Connection.Execute(
            "INSERT INTO library_links (url_class_name, parser_name, created_ms) VALUES (@urlClassName, @parserName, @now) " +
            "ON CONFLICT (url_class_name) DO UPDATE SET parser_name = excluded.parser_name, created_ms = excluded.created_ms",
            new { urlClassName, parserName, now = NowMs() },
            transaction);

    public int RemoveLink(SqliteTransaction transaction, string urlClassName) =>
        Connection.Execute("DELETE FROM library_links WHERE url_class_name = @urlClassName", new { urlClassName }, transaction);

    public IReadOnlyList<SetAsideRow> SetAside(long objectId, SqliteTransaction? transaction = null) =>
        Connection.Query<SetAsideRow>(
            "SELECT set_aside_id AS SetAsideId, object_id AS ObjectId, created_ms AS CreatedMs, upstream_version AS UpstreamVersion, " +
            "edit_version AS EditVersion, conflicts_json AS ConflictsJson, native_json AS NativeJson FROM library_set_aside WHERE object_id = @objectId ORDER BY set_aside_id",
            new { objectId },
            transaction).AsList();

    public void InsertSetAside(SqliteTransaction transaction, SetAsideRow row) =>
        Connection.Execute(
            "INSERT INTO library_set_aside (object_id, created_ms, upstream_version, edit_version, conflicts_json, native_json) " +
            "VALUES (@ObjectId, @CreatedMs, @UpstreamVersion, @EditVersion, @ConflictsJson, @NativeJson)",
            row,
            transaction);

    /// <summary>Removes an object with every version and set-aside edit of it (only <c>downloaders repair</c> does, for an object no version of which loads).</summary>
    public void RemoveObject(SqliteTransaction transaction, long objectId) =>
        Connection.Execute(
            "DELETE FROM library_set_aside WHERE object_id = @objectId; DELETE FROM library_versions WHERE object_id = @objectId; DELETE FROM library_objects WHERE object_id = @objectId",
            new { objectId }, transaction);

    /// <summary>Now on the engine's clock, in Unix milliseconds.</summary>
    public long NowMs() => database.Clock.GetUtcNow().ToUnixTimeMilliseconds();
}
