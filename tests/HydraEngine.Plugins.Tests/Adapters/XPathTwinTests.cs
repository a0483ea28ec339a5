using System.Text.Json;
using HydraEngine.Definitions;
using HydraEngine.Model.Parsing;
using HydraEngine.Parsing;
using HydraEngine.Parsing.Documents;
using HydraEngine.Parsing.Pages;
using HydraEngine.Plugins.Tests.Support;
using HydraEngine.Testing;

namespace HydraEngine.Plugins.Tests.Adapters;

/// <summary>
/// parsers/fixture-booru/plugins-demo: the same page parser written with the XPath plugin's formula kind and with
/// built-in HTML formulae, parsing fixtures/pages/fixture-booru/post.html.
/// </summary>
public sealed class XPathTwinTests : IDisposable
{
    private const string Url = "https://fixture.test/post/101";
    private static readonly string Demo = Path.Combine(RepositoryPaths.Parsers, "fixture-booru", "plugins-demo");
    private static readonly string Page = PageText.Decode(File.ReadAllBytes(Path.Combine(RepositoryPaths.Fixtures, "pages", "fixture-booru", "post.html")));
    private readonly PluginSandbox sandbox = new(BuiltPlugins.XPath);

    public XPathTwinTests() => sandbox.LoadEngine();

    [Fact]
    public void The_xpath_parser_finds_what_its_html_twin_finds()
    {
        var xpath = Json(Parse("post-page-xpath.json"));

        xpath.ShouldBe(Json(Parse("post-page-html.json")));
    }

    [Fact]
    public void The_xpath_parser_finds_the_approved_contents()
    {
        var result = Parse("post-page-xpath.json");

        Snapshot.Verify(Json(result) + "\n", "json");
    }

    [Fact]
    public void The_xpath_parser_uses_the_plugins_formula_kind()
    {
        var parser = (PageParser)DefinitionLoader.LoadFile(Path.Combine(Demo, "post-page-xpath.json"), sandbox.Engine.Definitions).Definition!;

        parser.ContentParsers.Select(content => content.Formula).OfType<PluginFormula>().Count().ShouldBe(14);
    }

    [Fact]
    public void An_expression_that_is_not_xpath_fails_the_parse_and_keeps_the_plugin()
    {
        var error = Should.Throw<ParseException>(() => EngineCalls.Parse(sandbox.Engine, EngineCalls.Formula(BuiltPlugins.XPath, "xpath_formula", ("xpath", "\"//a[\""))));

        error.Code.ShouldBe("parsing.plugin-input");
        sandbox.Load().Find(BuiltPlugins.XPath)!.State.ShouldBe(PluginState.Enabled);
    }

    public void Dispose() => sandbox.Dispose();

    private static string Json(PageParseResult result) =>
        ParseResultJson.Build("fixture post page", Url, result).ToJsonString(new JsonSerializerOptions { WriteIndented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping });

    private PageParseResult Parse(string file)
    {
        var loaded = DefinitionLoader.LoadFile(Path.Combine(Demo, file), sandbox.Engine.Definitions);
        loaded.Diagnostics.ShouldBeEmpty();
        var result = new PageParserRunner(sandbox.Engine.Formulae).Run((PageParser)loaded.Definition!, Page, ParsingContext.ForUrl(Url));
        result.Failure.ShouldBeNull();
        return result;
    }
}
