using System.Text.Json.Nodes;
using HydraEngine.Definitions;
using HydraEngine.Definitions.Native;
using HydraEngine.Library.Testing;
using HydraEngine.Library.Tests.Support;
using HydraEngine.Model.Parsing;

namespace HydraEngine.Library.Tests.Testing;

/// <summary>Test packs stored with parsers: kept in the library, run against the current parser, carried by native bundles into imports.</summary>
public sealed class TestPackTests
{
    private const string Url = "https://fixture.test/post/101";

    private static string ParserFile => PostParserFixture.ParserFile;

    private static PageParser Parser => PostParserFixture.Parser;

    private static ParserTest TestOf(PageParser parser) => PostParserFixture.TestOf(parser, Url);

    [Fact]
    public void A_saved_pack_passes_against_the_parser_it_was_made_with()
    {
        using var temp = new TempLibrary();
        temp.Library.Import([ParserFile]);
        temp.Library.SaveTests(Parser.Name, [TestOf(Parser)]);

        var results = temp.Reopen().RunTests();

        results.Count.ShouldBe(1);
        results[0].Passed.ShouldBeTrue(results[0].Problem);
    }

    [Fact]
    public void A_pack_fails_naming_the_difference_once_the_parser_loses_a_content_parser()
    {
        using var temp = new TempLibrary();
        temp.Library.Import([ParserFile]);
        temp.Library.SaveTests(Parser.Name, [TestOf(Parser)]);
        var broken = Parser with { ContentParsers = [.. Parser.ContentParsers.Skip(1)] };
        temp.Library.Import([temp.WriteFile("broken.json", broken)]);

        var results = temp.Library.RunTests(Parser.Name);

        results[0].Passed.ShouldBeFalse();
        results[0].Problem!.ShouldContain("missing");
    }

    [Fact]
    public void An_imported_native_bundle_carries_its_pack_runs_it_in_the_plan_and_stores_it()
    {
        using var temp = new TempLibrary();
        var node = NativeDefinitionWriter.ToNode(Parser);
        node[TestPackJson.Key] = TestPackJson.Write([TestOf(Parser)]);
        var file = Path.Combine(temp.Folder, "with-tests.json");
        File.WriteAllText(file, node.ToJsonString());
        var bytes = File.ReadAllBytes(file);

        var plan = temp.Library.PlanImport([DefinitionLoader.Load(bytes, file)], TestPackJson.FromFile(bytes));
        temp.Library.ApplyImport(plan);

        plan.TestResults.Single().Passed.ShouldBeTrue();
        temp.Reopen().Tests(Parser.Name).Single().Url.ShouldBe(Url);
    }

    [Fact]
    public void A_pack_entry_without_expected_results_is_refused_by_pointer()
    {
        var pack = JsonNode.Parse("""[{"parser":"p","url":"https://a.test/","document":"<p>"}]""");

        Should.Throw<LibraryException>(() => TestPackJson.Read(pack)).Message.ShouldStartWith("/test_packs/0/expected");
    }
}
