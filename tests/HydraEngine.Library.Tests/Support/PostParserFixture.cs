using HydraEngine.Definitions;
using HydraEngine.Library.Testing;
using HydraEngine.Model.Parsing;
using HydraEngine.Parsing;
using HydraEngine.Parsing.Pages;
using HydraEngine.Testing;

namespace HydraEngine.Library.Tests.Support;

/// <summary>The fixture booru's post page parser and its saved page, and test pack entries made from them.</summary>
internal static class PostParserFixture
{
    public static string ParserFile => Path.Combine(RepositoryPaths.Fixtures, "pages", "fixture-booru", "parsers", "post page parser.hydrus.json");

    public static string Page => File.ReadAllText(Path.Combine(RepositoryPaths.Fixtures, "pages", "fixture-booru", "post.html"));

    public static PageParser Parser => (PageParser)DefinitionLoader.LoadFile(ParserFile).Definition!;

    /// <summary>A test of <paramref name="parser"/> on the saved page at <paramref name="url"/>, expecting what it parses now.</summary>
    public static ParserTest TestOf(PageParser parser, string url) =>
        new(parser.Name, url, Page, ParseResultJson.Build(parser.Name, url, new PageParserRunner().Run(parser, Page, ParsingContext.ForUrl(url))));
}
