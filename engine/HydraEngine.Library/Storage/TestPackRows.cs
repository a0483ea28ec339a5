using Dapper;
using HydraEngine.Library.Testing;
using Microsoft.Data.Sqlite;

namespace HydraEngine.Library.Storage;

/// <summary>The library's test packs, one row per page parser name (<c>library_test_packs</c>).</summary>
internal static class TestPackRows
{
    public static IReadOnlyList<ParserTest> Read(SqliteConnection connection, string parserName) =>
        connection.QuerySingleOrDefault<string>("SELECT tests_json FROM library_test_packs WHERE parser_name = @parserName", new { parserName }) is { } json
            ? TestPackJson.Read(System.Text.Json.Nodes.JsonNode.Parse(json))
            : [];

    public static IReadOnlyList<string> Parsers(SqliteConnection connection) =>
        connection.Query<string>("SELECT parser_name FROM library_test_packs ORDER BY parser_name").ToList();

    /// <summary>Replaces a parser's pack inside <paramref name="transaction"/> (an empty list removes it).</summary>
    public static void Replace(SqliteTransaction transaction, string parserName, IReadOnlyList<ParserTest> tests, long nowMs)
    {
        if (tests.Count == 0)
        {
            transaction.Connection!.Execute("DELETE FROM library_test_packs WHERE parser_name = @parserName", new { parserName }, transaction);
            return;
        }

        transaction.Connection!.Execute(
            "INSERT INTO library_test_packs (parser_name, updated_ms, tests_json) VALUES (@parserName, @now, @json) ON CONFLICT (parser_name) DO UPDATE SET updated_ms = excluded.updated_ms, tests_json = excluded.tests_json",
            new { parserName, now = nowMs, json = TestPackJson.Write(tests).ToJsonString() },
            transaction);
    }
}
