using HydraEngine.Model.Parsing;
using HydraEngine.Model.Strings;
using HydraEngine.Parsing.Content;
using HydraEngine.Parsing.Documents;
using static HydraEngine.Parsing.Tests.Build;

namespace HydraEngine.Parsing.Tests.Content;

/// <summary>spec/test-vectors.md §C.</summary>
public sealed class ContentParserVectorTests
{
    private static readonly ParsingContext Context = ParsingContext.ForUrl("https://example.com/posts?tags=x");

    private static IReadOnlyList<string> Values(ContentKind kind, Formula formula, string document, ParsingContext? context = null) =>
        ContentParserRunner.Parse(new ContentParser("veto: deleted post", kind, formula), new ParseDocument(document), context ?? Context).Select(content => content.Value).ToList();

    private static StaticFormula Static(string text) => new(text, 1, "", StringProcessor.Empty);

    [Fact]
    public void C01_urls_are_made_absolute() =>
        Values(new UrlsContent(UrlContentType.Desired, 50), HtmlOf(HtmlContentToFetch.Attribute, "href", Down("a")), D1)
            .ShouldBe(["https://example.com/post/1?x=1", "https://example.com/post/2", "https://example.com/posts?page=2"]);

    [Fact]
    public void C02_protocol_relative_urls_take_the_page_scheme() =>
        Values(new UrlsContent(UrlContentType.Desired, 50), HtmlOf(HtmlContentToFetch.Attribute, "src", Down("img")), D1).ShouldBe(["https://cdn.example.com/t/1.jpg"]);

    [Fact]
    public void C03_junk_and_doubled_schemes_are_removed() =>
        Values(new UrlsContent(UrlContentType.Source, 50), Static("file.jpg | [site] https://http://example.com/a b.jpg"), "").ShouldBe(["http://example.com/a%20b.jpg"]);

    [Fact]
    public void C04_urls_without_a_context_url_are_left_as_parsed() =>
        Values(new UrlsContent(UrlContentType.Desired, 50), Static("/relative"), "", new ParsingContext()).ShouldBe(["/relative"]);

    [Fact]
    public void C05_titles_are_unescaped() => Values(new TitleContent(50), Static("Tom &amp; Jerry"), "").ShouldBe(["Tom & Jerry"]);

    [Fact]
    public void C06_notes_are_cleaned() => Values(new NotesContent("comment"), Static("  line 1  \n\n\n\n  line 2 \r\n"), "").ShouldBe(["line 1\n\nline 2"]);

    [Fact]
    public void C07_veto_when_found() =>
        Should.Throw<VetoException>(() => Values(new VetoContent(true, Fixed("deleted")), Static("deleted"), "")).Message.ShouldBe("veto: veto: deleted post");

    [Fact]
    public void C08_no_veto_when_not_found() => Values(new VetoContent(true, Fixed("deleted")), Static("ok"), "").ShouldBeEmpty();

    [Fact]
    public void C09_veto_when_missing() =>
        Should.Throw<VetoException>(() => Values(new VetoContent(false, Fixed("deleted")), Static("ok"), ""));

    [Fact]
    public void C10_veto_when_the_formula_finds_nothing() =>
        Should.Throw<VetoException>(() => Values(new VetoContent(false, Fixed("deleted")), Static(""), ""));

    private static StringMatch Fixed(string text) => new(StringMatchType.Fixed, text, null, null, text);
}
