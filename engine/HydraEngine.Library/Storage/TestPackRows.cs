using Dapper;
using HydraEngine.Library.Testing;
using Microsoft.Data.Sqlite;

namespace HydraEngine.Library.Storage;

/// <summary>
/// The library's test packs: the current one per page parser name (<c>library_test_packs</c>) and the one saved with
/// each parser version (<c>library_test_pack_versions</c>), which a rollback of the parser restores.
/// </summary>
internal static class TestPackRows
{
    public static IReadOnlyList<ParserTest> Read(SqliteConnection connection, string parserName) =>
        connection.QuerySingleOrDefault<string>("SELECT tests_json FROM library_test_packs WHERE parser_name = @parserName", new { parserName }) is { } json
            ? TestPackJson.Read(System.Text.Json.Nodes.JsonNode.Parse(json))
            : [];

    public static IReadOnlyList<string> Parsers(SqliteConnection connection) =>
        connection.Query<string>("SELECT parser_name FROM library_test_packs ORDER BY parser_name").ToList();

    /// <summary>
    /// Replaces a parser's pack inside <paramref name="transaction"/> (an empty list removes it) and records it as the
    /// pack of the parser's current version.
    /// </summary>
    public static void Replace(SqliteTransaction transaction, string parserName, IReadOnlyList<ParserTest> tests, long nowMs) =>
        Write(transaction, parserName, TestPackJson.Write(tests).ToJsonString(), tests.Count == 0, nowMs);

    /// <summary>
    /// After a rollback of a parser to <paramref name="version"/>: its pack becomes the one saved with that version (or
    /// the newest saved before it); none when no pack was saved with it or before it.
    /// </summary>
    public static void RestoreFor(SqliteTransaction transaction, string parserName, long version, long nowMs)
    {
        var json = transaction.Connection!.QuerySingleOrDefault<string>(
            "SELECT tests_json FROM library_test_pack_versions WHERE parser_name = @parserName AND parser_version <= @version ORDER BY parser_version DESC LIMIT 1",
            new { parserName, version },
            transaction);
        var empty = json is null || TestPackJson.Read(System.Text.Json.Nodes.JsonNode.Parse(json)).Count == 0;
        Write(transaction, parserName, json ?? "[]", empty, nowMs);
    }

    private static void Write(SqliteTransaction transaction, string parserName, string json, bool empty, long now)
    {
        var connection = transaction.Connection!;
        if (empty)
        {
            connection.Execute("DELETE FROM library_test_packs WHERE parser_name = @parserName", new { parserName }, transaction);
        }
        else
        {
            connection.Execute(
                "INSERT INTO library_test_packs (parser_name, updated_ms, tests_json) VALUES (@parserName, @now, @json) ON CONFLICT (parser_name) DO UPDATE SET updated_ms = excluded.updated_ms, tests_json = excluded.tests_json",
                new { parserName, now, json },
                transaction);
        }

        connection.Execute(
            """
            INSERT INTO library_test_pack_versions (parser_name, parser_version, created_ms, tests_json)
            SELECT @parserName, current_version, @now, @json FROM library_objects WHERE kind = 'parser' AND name = @parserName
            ON CONFLICT (parser_name, parser_version) DO UPDATE SET created_ms = excluded.created_ms, tests_json = excluded.tests_json
            """,
            new { parserName, now, json },
            transaction);
    }
}
