using System.CommandLine;
using System.Text.Json.Nodes;
using HydraEngine.Cli.Commands;
using HydraEngine.Cli.Tests.Commands.Downloads.Support;
using HydraEngine.Definitions;
using HydraEngine.Definitions.Native;
using HydraEngine.Model.Parsing;
using HydraEngine.Parsing;
using HydraEngine.Parsing.Pages;
using HydraEngine.Testing;

namespace HydraEngine.Cli.Tests.Commands.Library;

/// <summary><c>hydra downloaders test</c> and test packs in <c>downloaders import</c> and <c>export</c>.</summary>
public sealed class DownloadersTestCommandTests : IDisposable
{
    private const string Url = "https://fixture.test/post/101";
    private readonly TemporaryFolder folder = new();

    private static PageParser Parser => (PageParser)DefinitionLoader.LoadFile(Path.Combine(RepositoryPaths.Fixtures, "pages", "fixture-booru", "parsers", "post page parser.hydrus.json")).Definition!;

    private string Database => folder.File("hydra.db");

    [Fact]
    public async Task Import_runs_the_pack_in_the_plan_and_test_passes_with_exit_0()
    {
        var import = await Run("downloaders", "import", BundleWithTests(Parser), "--yes");

        var test = await Run("downloaders", "test", "--json");

        import.Output.ShouldContain("test packs");
        import.Output.ShouldContain("1 passed, 0 failed");
        test.Code.ShouldBe(0, test.ToString());
        test.LastJson["passed"]!.GetValue<int>().ShouldBe(1);
    }

    [Fact]
    public async Task A_failing_test_exits_1_and_says_what_differs()
    {
        await Run("downloaders", "import", BundleWithTests(Parser), "--yes");
        var broken = Parser with { ContentParsers = [.. Parser.ContentParsers.Skip(1)] };
        var file = folder.File("broken.hydrus.json");
        File.WriteAllText(file, HydrusSerialiser.ToDumpString(broken));
        await Run("downloaders", "import", file, "--yes");

        var test = await Run("downloaders", "test", Parser.Name);

        test.Code.ShouldBe(1, test.ToString());
        test.Output.ShouldContain("FAIL");
        test.Output.ShouldContain("missing");
    }

    [Fact]
    public async Task Native_export_carries_the_pack()
    {
        await Run("downloaders", "import", BundleWithTests(Parser), "--yes");
        var exported = folder.File("out.json");

        var export = await Run("downloaders", "export", Parser.Name, "-o", exported);

        export.Code.ShouldBe(0, export.ToString());
        JsonNode.Parse(File.ReadAllText(exported))!["test_packs"]!.AsArray().Count.ShouldBe(1);
    }

    public void Dispose() => folder.Dispose();

    private string BundleWithTests(PageParser parser)
    {
        var page = File.ReadAllText(Path.Combine(RepositoryPaths.Fixtures, "pages", "fixture-booru", "post.html"));
        var expected = ParseResultJson.Build(parser.Name, Url, new PageParserRunner().Run(parser, page, ParsingContext.ForUrl(Url)));
        var node = NativeDefinitionWriter.ToNode(parser);
        node["test_packs"] = new JsonArray(new JsonObject { ["parser"] = parser.Name, ["url"] = Url, ["document"] = page, ["expected"] = expected });
        var file = folder.File("with-tests.json");
        File.WriteAllText(file, node.ToJsonString());
        return file;
    }

    private async Task<CliResult> Run(params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var configuration = new InvocationConfiguration { Output = output, Error = error, ProcessTerminationTimeout = null };
        var code = await CliRoot.Create().Parse([.. args, "--db", Database]).InvokeAsync(configuration);
        return new CliResult(code, output.ToString(), error.ToString());
    }
}
