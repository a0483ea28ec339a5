using System.Text.Json.Nodes;
using HydraEngine.Model.Parsing;
using HydraEngine.Parsing;
using HydraEngine.Parsing.Formulae;
using HydraEngine.Parsing.Pages;

namespace HydraEngine.Library.Testing;

/// <summary>Runs saved parser tests: each document through its parser, the result compared with the expected one (posts and error).</summary>
public sealed class ParserTestRunner(FormulaEngine formulae)
{
    public IReadOnlyList<ParserTestResult> Run(IEnumerable<ParserTest> tests, Func<string, PageParser?> findParser) =>
        tests.Select(test => Run(test, findParser(test.Parser))).ToList();

    public ParserTestResult Run(ParserTest test, PageParser? parser)
    {
        if (parser is null)
        {
            return new ParserTestResult(test, false, $"there is no page parser named '{test.Parser}'", null);
        }

        var actual = ParseResultJson.Build(parser.Name, test.Url, new PageParserRunner(formulae).Run(parser, test.Document, ParsingContext.ForUrl(test.Url)));
        var problem = Difference(test.Expected, actual);
        return new ParserTestResult(test, problem is null, problem, actual);
    }

    /// <summary>The first difference between expected and actual results, or null when they agree.</summary>
    public static string? Difference(JsonObject expected, JsonObject actual)
    {
        if (!JsonNode.DeepEquals(expected["error"], actual["error"]))
        {
            return $"error: expected {expected["error"]?.ToJsonString() ?? "none"}, got {actual["error"]?.ToJsonString() ?? "none"}";
        }

        var theirs = expected["posts"] as JsonArray ?? [];
        var ours = actual["posts"] as JsonArray ?? [];
        if (theirs.Count != ours.Count)
        {
            return $"expected {theirs.Count} post(s), got {ours.Count}";
        }

        for (var i = 0; i < theirs.Count; i++)
        {
            var want = Contents(theirs[i]);
            var got = Contents(ours[i]);
            if (want.Except(got).FirstOrDefault() is { } missing)
            {
                return $"post {i}: missing {missing}";
            }

            if (got.Except(want).FirstOrDefault() is { } extra)
            {
                return $"post {i}: unexpected {extra}";
            }

            if (!want.SequenceEqual(got))
            {
                return $"post {i}: expected {want.Count} contents, got {got.Count}";
            }
        }

        return null;
    }

    private static List<string> Contents(JsonNode? post) =>
        (post?["contents"] as JsonArray ?? []).Select(content => content?.ToJsonString() ?? "null").Order(StringComparer.Ordinal).ToList();
}
