using HydraEngine.Model.Parsing;
using HydraEngine.Model.Strings;
using static HydraEngine.Parsing.Tests.Build;

namespace HydraEngine.Parsing.Tests.Formulae.Html;

/// <summary>
/// Issue 19: HTML rules read the document's index (tag names, attribute values, sibling and parent arrays), so they
/// run in time linear in the document, and an nth rule stops at its match; these pin down what they find.
/// Speed at scale (200k nested, 1M flat elements) is measured by tools/hostilebench.
/// </summary>
public sealed class LargeDocumentTests
{
    private const int Width = 100_000;

    /// <summary>A hang guard, not a speed claim: the walk through AngleSharp's sibling links took hours here.</summary>
    [Fact]
    public void Every_element_of_a_very_wide_parent_finds_its_next_sibling()
    {
        var wide = "<html><body>" + string.Concat(Enumerable.Range(0, Width).Select(i => $"<b>{i}</b>")) + "</body></html>";
        var clock = System.Diagnostics.Stopwatch.StartNew();

        var found = Run(HtmlOf(HtmlContentToFetch.String, "", Down("b"), Siblings(HtmlRuleType.NextSiblings, "b", 0)), wide);

        (found.Count, found[0], found[^1]).ShouldBe((Width - 1, "1", (Width - 1).ToString(System.Globalization.CultureInfo.InvariantCulture)));
        clock.Elapsed.ShouldBeLessThan(TimeSpan.FromSeconds(60));
    }

    [Fact]
    public void A_negative_index_on_next_siblings_takes_the_farthest() =>
        Run(HtmlOf(HtmlContentToFetch.String, "", Nth("b", 0), Siblings(HtmlRuleType.NextSiblings, "i", -1)), "<b>0</b><i>1</i><u>2</u><i>3</i>").ShouldBe(["3"]);

    [Fact]
    public void A_negative_index_on_previous_siblings_takes_the_first_in_the_document() =>
        Run(HtmlOf(HtmlContentToFetch.String, "", Nth("b", 0), Siblings(HtmlRuleType.PreviousSiblings, "i", -1)), "<i>1</i><i>2</i><b>0</b><i>3</i>").ShouldBe(["1"]);

    [Fact]
    public void Previous_siblings_come_nearest_first() =>
        Run(HtmlOf(HtmlContentToFetch.String, "", Nth("b", 0), Siblings(HtmlRuleType.PreviousSiblings, "i", null)), "<i>1</i><i>2</i><b>0</b><i>3</i>").ShouldBe(["2", "1"]);

    [Fact]
    public void A_negative_index_counts_from_the_last_match_below_each_node() =>
        Run(HtmlOf(HtmlContentToFetch.String, "", Down("div"), Nth("a", -2)), "<div><a>1</a><a>2</a><a>3</a></div><div><a>4</a></div>").ShouldBe(["2"]);

    [Fact]
    public void A_wanted_class_token_finds_elements_carrying_it_among_others() =>
        Run(HtmlOf(HtmlContentToFetch.String, "", Down(null, ("class", "b"))), "<p class=\"a b\">1</p><p class=\"b\">2</p><p class=\"ab\">3</p>").ShouldBe(["1", "2"]);

    [Fact]
    public void A_wanted_joined_class_value_finds_the_element_whatever_its_spacing() =>
        Run(HtmlOf(HtmlContentToFetch.String, "", Down("p", ("class", "a b"))), "<p class=\" a   b \">1</p><p class=\"b a\">2</p>").ShouldBe(["1"]);

    [Fact]
    public void A_wanted_empty_attribute_also_finds_elements_without_it() =>
        Run(HtmlOf(HtmlContentToFetch.String, "", Down("p", ("title", ""))), "<p>1</p><p title=\"\">2</p><p title=\"t\">3</p>").ShouldBe(["1", "2"]);

    [Fact]
    public void Ascending_past_the_document_finds_nothing() =>
        Run(HtmlOf(HtmlContentToFetch.String, "", Down("b"), Up(null, 5)), "<b>x</b>").ShouldBeEmpty();

    [Fact]
    public void Ascending_zero_levels_finds_nothing() =>
        Run(HtmlOf(HtmlContentToFetch.String, "", Down("b"), Up(null, 0)), "<b>x</b>").ShouldBeEmpty();

    [Fact]
    public void Ascending_to_the_second_named_ancestor_skips_the_nearest() =>
        Run(HtmlOf(HtmlContentToFetch.Attribute, "id", Down("b"), Up("div", 2)), "<div id=\"o\"><p><div id=\"i\"><b>x</b></div></p></div>").ShouldBe(["o"]);

    private static HtmlParseRule Nth(string? name, int index) => Down(name) with { TagIndex = index };

    private static HtmlParseRule Up(string? name, int depth) => new(HtmlRuleType.Ascending, name, null, null, depth, false, StringMatch.Any);

    private static HtmlParseRule Siblings(HtmlRuleType type, string? name, int? index) => Rule(type, name) with { TagIndex = index };
}
