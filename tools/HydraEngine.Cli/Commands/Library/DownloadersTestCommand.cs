using System.CommandLine;
using System.Text.Json.Nodes;
using HydraEngine.Library.Testing;

namespace HydraEngine.Cli.Commands.Library;

/// <summary>
/// <c>hydra downloaders test [NAME] [--json]</c>: runs the test packs stored with the library's parsers (one parser's, or
/// all); exit 1 when a test fails. <c>--json</c>: <c>{"tests":[{"parser","url","passed","problem"}],"passed","failed"}</c>.
/// </summary>
internal static class DownloadersTestCommand
{
    public static Command Create(Option<string?> database)
    {
        var name = new Argument<string?>("name") { Description = "The page parser whose tests to run (default: every parser with a test pack).", Arity = ArgumentArity.ZeroOrOne };
        var json = LibraryOptions.Json("Print {tests:[{parser, url, passed, problem}], passed, failed}.");
        var command = new Command("test", "Run the test packs (saved documents and expected results) stored with the library's parsers; exits 1 when one fails.") { name, json };
        command.SetAction(parseResult => LibraryCommandRunner.Run(parseResult, database, (library, output, _) =>
        {
            var results = library.RunTests(parseResult.GetValue(name), CliEnvironment.Of(parseResult).Registries.Formulae);
            var failed = results.Count(result => !result.Passed);
            if (parseResult.GetValue(json))
            {
                output.WriteLine(Json(results, failed).ToJsonString());
            }
            else
            {
                Write(results, failed, output);
            }

            return failed > 0 ? LibraryCommandRunner.Failed : 0;
        }, StoreAccess.Reads));
        return command;
    }

    /// <summary>Writes test results for a person, one line per test and a summary (also used by the import plan).</summary>
    public static void Write(IReadOnlyList<ParserTestResult> results, int failed, TextWriter output)
    {
        foreach (var result in results)
        {
            output.WriteLine($"  {(result.Passed ? "pass" : "FAIL")}  {result.Test.Parser} on {result.Test.Url}{(result.Problem is null ? "" : ": " + result.Problem)}");
        }

        output.WriteLine(results.Count == 0 ? "no test packs to run" : $"{results.Count - failed} passed, {failed} failed");
    }

    private static JsonObject Json(IReadOnlyList<ParserTestResult> results, int failed) => new()
    {
        ["tests"] = new JsonArray(results.Select(result => (JsonNode)new JsonObject
        {
            ["parser"] = result.Test.Parser,
            ["url"] = result.Test.Url,
            ["passed"] = result.Passed,
            ["problem"] = result.Problem,
        }).ToArray()),
        ["passed"] = results.Count - failed,
        ["failed"] = failed,
    };
}
