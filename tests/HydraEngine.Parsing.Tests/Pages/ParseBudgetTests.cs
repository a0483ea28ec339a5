using System.Diagnostics;
using HydraEngine.Model.Common;
using HydraEngine.Model.Parsing;
using HydraEngine.Model.Strings;
using HydraEngine.Parsing.Pages;
using static HydraEngine.Parsing.Tests.Build;

namespace HydraEngine.Parsing.Tests.Pages;

/// <summary>
/// Issue 19 point 4: a catastrophic regex over many strings is bounded by the parse's time budget, not by
/// (strings × the per-match timeout), and the failure names the formula's JSON Pointer and the time spent.
/// </summary>
public sealed class ParseBudgetTests
{
    [Fact]
    public void A_catastrophic_regex_over_a_hundred_strings_stops_at_the_parse_budget()
    {
        var page = "<html><body>" + string.Concat(Enumerable.Repeat("<p>" + new string('a', 40) + "!</p>", 100)) + "</body></html>";
        var catastrophic = new StringMatch(StringMatchType.Regex, "(a+)+$", null, null, "aaa");
        var formula = HtmlOf(HtmlContentToFetch.String, "", Down("p")) with { Processor = new StringProcessor(new EquatableArray<Definition>([catastrophic])) };
        var parser = new PageParser("slow", "00", new StringConverter(EquatableArray<StringConversion>.Empty, ""), [], [new ContentParser("tags", new TagsContent(null), formula)], [], []);
        var clock = Stopwatch.StartNew();

        var result = new PageParserRunner(budget: TimeSpan.FromSeconds(2)).Run(parser, page, new ParsingContext());

        clock.Elapsed.ShouldBeLessThan(TimeSpan.FromSeconds(8), "100 strings × the 250 ms match timeout would be 25 s");
        var failure = result.Failure.ShouldNotBeNull();
        failure.Code.ShouldBe("parsing.time-budget");
        failure.Pointer.ShouldBe("/content_parsers/0/formula/processor");
        failure.Message.ShouldContain("s spent");
    }

    [Fact]
    public void A_context_used_for_many_pages_gets_a_fresh_budget_for_each()
    {
        var context = new ParsingContext();
        var parser = new PageParser("quick", "00", new StringConverter(EquatableArray<StringConversion>.Empty, ""), [], [new ContentParser("tags", new TagsContent(null), HtmlOf(HtmlContentToFetch.String, "", Down("p")))], [], []);
        var runner = new PageParserRunner(budget: TimeSpan.FromSeconds(1));

        runner.Run(parser, "<p>a</p>", context).Failure.ShouldBeNull();
        Thread.Sleep(1200);
        runner.Run(parser, "<p>b</p>", context).Failure.ShouldBeNull();
        context.Budget.ShouldBeNull();
    }

    [Fact]
    public void A_runaway_content_parser_is_stopped_at_its_share_of_the_page_budget()
    {
        var page = "<html><body>" + string.Concat(Enumerable.Repeat("<p>" + new string('a', 40) + "!</p>", 100)) + "</body></html>";
        var catastrophic = new StringMatch(StringMatchType.Regex, "(a+)+$", null, null, "aaa");
        var slow = HtmlOf(HtmlContentToFetch.String, "", Down("p")) with { Processor = new StringProcessor(new EquatableArray<Definition>([catastrophic])) };
        var quick = HtmlOf(HtmlContentToFetch.String, "", Down("body"));
        var parser = new PageParser("shares", "00", new StringConverter(EquatableArray<StringConversion>.Empty, ""), [],
            [new ContentParser("title", new TitleContent(0), quick), new ContentParser("tags", new TagsContent(null), slow)], [], []);

        var failure = new PageParserRunner(budget: TimeSpan.FromSeconds(4)).Run(parser, page, new ParsingContext()).Failure.ShouldNotBeNull();

        (failure.Code, failure.Pointer).ShouldBe(("parsing.time-budget", "/content_parsers/1/formula/processor"));
        failure.Message.ShouldContain("time budget of 2 s");
    }
}
