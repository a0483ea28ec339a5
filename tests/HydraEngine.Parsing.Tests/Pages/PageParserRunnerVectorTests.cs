using HydraEngine.Model.Common;
using HydraEngine.Model.Parsing;
using HydraEngine.Model.Strings;
using HydraEngine.Parsing.Pages;
using HydraEngine.Parsing.Results;
using static HydraEngine.Parsing.Tests.Build;

namespace HydraEngine.Parsing.Tests.Pages;

/// <summary>spec/test-vectors.md §R06: a page parser with a subsidiary that splits D1 into posts.</summary>
public sealed class PageParserRunnerVectorTests
{
    private static readonly StringConverter NoConversion = new(EquatableArray<StringConversion>.Empty, "");

    private static PageParser R06Parser()
    {
        var post = new PageParser("post", "00", NoConversion, [], [
            new ContentParser("file", new UrlsContent(UrlContentType.Desired, 50), HtmlOf(HtmlContentToFetch.Attribute, "href", Down("a"))),
            new ContentParser("tags", new TagsContent(null), HtmlOf(HtmlContentToFetch.String, "", Down("span", ("class", "tag")))),
            new ContentParser("index", new TagsContent("index"), new ContextVariableFormula("post_index", "", StringProcessor.Empty)),
        ], [], []);
        return new PageParser("page", "01", NoConversion,
            [new SubsidiaryPageParser(HtmlOf(HtmlContentToFetch.Html, "", Down("div", ("class", "thumb"))), false, post)],
            [
                new ContentParser("next", new UrlsContent(UrlContentType.NextGalleryPage, 50), HtmlOf(HtmlContentToFetch.Attribute, "href", Down("a", ("class", "next")))),
                new ContentParser("title", new TitleContent(50), HtmlOf(HtmlContentToFetch.String, "", Down("title"))),
            ], [], []);
    }

    [Fact]
    public void R06_posts_carry_their_own_and_the_page_contents()
    {
        var context = ParsingContext.ForUrl("https://example.com/posts?tags=x");

        var result = new PageParserRunner().Run(R06Parser(), D1, context);

        result.Posts.Count.ShouldBe(2);
        ParsedPostReader.Urls(result.Posts[0].Contents, new HashSet<UrlContentType> { UrlContentType.Desired }, true).ShouldBe(["https://example.com/post/1?x=1"]);
        ParsedPostReader.Urls(result.Posts[1].Contents, new HashSet<UrlContentType> { UrlContentType.NextGalleryPage }, true).ShouldBe(["https://example.com/posts?page=2"]);
        ParsedPostReader.Tags(result.Posts[0].Contents).Order().ShouldBe(["blue eyes", "creator:bob", "index:0"]);
        ParsedPostReader.Tags(result.Posts[1].Contents).Order().ShouldBe(["index:1", "red_hair"]);
        ParsedPostReader.Title(result.Posts).ShouldBe("My & Title");
        context["post_index"].ShouldBe("2");
    }

    [Fact]
    public void A_veto_in_the_page_gives_a_veto_failure_not_an_error()
    {
        var vetoing = new PageParser("v", "02", NoConversion, [], [
            new ContentParser("must have link", new VetoContent(false, new StringMatch(StringMatchType.Fixed, "nope", null, null, "")), new StaticFormula("x", 1, "", StringProcessor.Empty)),
        ], [], []);

        var result = new PageParserRunner().Run(vetoing, D1, new ParsingContext());

        result.Failure!.IsVeto.ShouldBeTrue();
        result.Failure.Message.ShouldBe("veto: must have link");
    }

    [Fact]
    public void A_json_formula_on_html_fails_naming_the_formula()
    {
        var parser = new PageParser("j", "03", NoConversion, [], [new ContentParser("ids", new TagsContent(null), JsonOf(JsonContentToFetch.String, Key("id")))], [], []);

        var result = new PageParserRunner().Run(parser, D1, new ParsingContext());

        result.Failure!.IsVeto.ShouldBeFalse();
        result.Failure.Pointer.ShouldBe("/content_parsers/0/formula");
        result.Failure.Message.ShouldStartWith("Content Parser ids:");
        result.Failure.InputExcerpt.Length.ShouldBeLessThanOrEqualTo(202);
    }
}
