using System.Diagnostics;
using System.Text;
using HydraEngine.Model.Common;
using HydraEngine.Model.Parsing;
using HydraEngine.Model.Strings;
using HydraEngine.Parsing.Pages;
using static HydraEngine.Parsing.Tests.Build;

namespace HydraEngine.Parsing.Tests.Pages;

/// <summary>Hostile pages and definitions end in results or failures, in bounded time, never a crash.</summary>
public sealed class HostileInputTests
{
    private static readonly StringConverter NoConversion = new(EquatableArray<StringConversion>.Empty, "");

    private static PageParser ParserOf(params ContentParser[] contentParsers) => new("hostile", "00", NoConversion, [], contentParsers, [], []);

    private static ContentParser Tags(Formula formula) => new("tags", new TagsContent(null), formula);

    [Fact]
    public void Ten_thousand_nested_elements_parse()
    {
        var page = string.Concat(Enumerable.Repeat("<div>", 10_000)) + "<span class=\"t\">deep</span>" + string.Concat(Enumerable.Repeat("</div>", 10_000));

        var result = new PageParserRunner().Run(ParserOf(Tags(HtmlOf(HtmlContentToFetch.String, "", Down("span", ("class", "t"))))), page, new ParsingContext());

        result.Succeeded.ShouldBeTrue();
    }

    [Fact]
    public void A_ten_megabyte_page_parses()
    {
        var builder = new StringBuilder("<html><body>");
        while (builder.Length < 10 * 1024 * 1024)
        {
            builder.Append("<p class=\"x\">filler text &amp; more filler</p>");
        }

        builder.Append("<a id=\"last\" href=\"/end\">end</a></body></html>");
        var parser = ParserOf(new ContentParser("file", new UrlsContent(UrlContentType.Desired, 50), HtmlOf(HtmlContentToFetch.Attribute, "href", Down("a", ("id", "last")))));

        var result = new PageParserRunner().Run(parser, builder.ToString(), ParsingContext.ForUrl("https://e.com/"));

        result.Posts.ShouldHaveSingleItem().Contents.ShouldHaveSingleItem().Value.ShouldBe("https://e.com/end");
    }

    [Fact]
    public void Deeply_nested_json_is_a_parse_error_not_a_crash()
    {
        var page = string.Concat(Enumerable.Repeat("[", 5000)) + string.Concat(Enumerable.Repeat("]", 5000));

        var result = new PageParserRunner().Run(ParserOf(Tags(JsonOf(JsonContentToFetch.String, new JsonAllItems()))), page, new ParsingContext());

        result.Failure.ShouldNotBeNull().Code.ShouldBe("parsing.json");
    }

    [Fact]
    public void A_catastrophic_regex_in_a_definition_ends_in_bounded_time()
    {
        var evil = new StringProcessor([new StringMatch(StringMatchType.Regex, "(a+)+$", null, null, "")]);
        var formula = new StaticFormula(new string('a', 40) + "b", 1, "", evil);
        var watch = Stopwatch.StartNew();

        var result = new PageParserRunner().Run(ParserOf(Tags(formula)), "", new ParsingContext());

        watch.Elapsed.ShouldBeLessThan(TimeSpan.FromSeconds(10));
        result.Posts.ShouldBeEmpty();
    }

    [Fact]
    public void Mismatched_and_unclosed_tags_still_give_their_text()
    {
        var parser = ParserOf(Tags(HtmlOf(HtmlContentToFetch.String, "", Down("i"))));

        var result = new PageParserRunner().Run(parser, "<p>x <b>bold <i>mis</b> matched</i>", new ParsingContext());

        result.Posts.ShouldHaveSingleItem().Contents.Select(content => content.Value).ShouldBe(["mis", "matched"]);
    }

    [Fact]
    public void A_failure_shows_at_most_200_characters_of_input()
    {
        var parser = ParserOf(Tags(JsonOf(JsonContentToFetch.String, Key("a"))));

        var result = new PageParserRunner().Run(parser, "<html>" + new string('x', 5000) + "</html>", new ParsingContext());

        result.Failure!.InputExcerpt.Length.ShouldBeLessThanOrEqualTo(202);
    }
}
