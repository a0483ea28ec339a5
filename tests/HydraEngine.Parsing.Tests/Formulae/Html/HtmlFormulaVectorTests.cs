using HydraEngine.Model.Parsing;
using HydraEngine.Model.Strings;
using static HydraEngine.Parsing.Tests.Build;

namespace HydraEngine.Parsing.Tests.Formulae.Html;

/// <summary>spec/test-vectors.md §H, verified against hydrus (BeautifulSoup + html5lib).</summary>
public sealed class HtmlFormulaVectorTests
{
    [Fact]
    public void H01_descendants_then_attribute() =>
        Run(HtmlOf(HtmlContentToFetch.Attribute, "href", Down("div", ("class", "thumb")), Down("a")), D1).ShouldBe(["/post/1?x=1", "https://example.com/post/2"]);

    [Fact]
    public void H02_strings() =>
        Run(HtmlOf(HtmlContentToFetch.String, "", Down("span", ("class", "tag"))), D1).ShouldBe(["Blue Eyes", "creator:Bob", "red_hair"]);

    [Fact]
    public void H03_indexed() =>
        Run(HtmlOf(HtmlContentToFetch.Attribute, "data-id", Down("div", ("class", "thumb")) with { TagIndex = 1 }), D1).ShouldBe(["2"]);

    [Fact]
    public void H04_multi_valued_attribute_is_joined() =>
        Run(HtmlOf(HtmlContentToFetch.Attribute, "class", Down("div", ("class", "thumb"))), D1).ShouldBe(["thumb", "thumb extra"]);

    [Fact]
    public void H05_joined_class_value_matches() =>
        Run(HtmlOf(HtmlContentToFetch.Attribute, "data-id", Down("div", ("class", "thumb extra"))), D1).ShouldBe(["2"]);

    [Fact]
    public void H06_string_with_collapsed_newlines() =>
        Run(HtmlOf(HtmlContentToFetch.String, "", Down("div", ("id", "desc"))), D1).ShouldBe(["Line oneLine twoPara  tail"]);

    [Fact]
    public void H07_string_without_collapsing() =>
        Run(HtmlOf(HtmlContentToFetch.String, "", Down("div", ("id", "desc"))), D1, collapse: false).ShouldBe(["Line one\nLine two\nPara  tail"]);

    [Fact]
    public void H08_ascending_one_level() =>
        Run(HtmlOf(HtmlContentToFetch.Attribute, "data-id", Down("img"), new HtmlParseRule(HtmlRuleType.Ascending, "div", null, null, 1, false, StringMatch.Any)), D1).ShouldBe(["1"]);

    [Fact]
    public void H09_tag_string_test() =>
        Run(HtmlOf(HtmlContentToFetch.String, "", Down("span", ("class", "tag")) with { ShouldTestTagString = true, TagStringMatch = new StringMatch(StringMatchType.Regex, ":", null, null, "") }), D1).ShouldBe(["creator:Bob"]);

    [Fact]
    public void H10_next_siblings() =>
        Run(HtmlOf(HtmlContentToFetch.String, "", Down("a"), Rule(HtmlRuleType.NextSiblings, "span")), D1).ShouldBe(["Blue Eyes", "creator:Bob", "red_hair"]);

    [Fact]
    public void H11_previous_siblings_nearest_first() =>
        Run(HtmlOf(HtmlContentToFetch.Attribute, "id", Down("div", ("id", "e2")), Rule(HtmlRuleType.PreviousSiblings, "div")), D1).ShouldBe(["e1", "desc"]);

    [Fact]
    public void H12_title_entities_are_decoded_by_the_parser() =>
        Run(HtmlOf(HtmlContentToFetch.String, "", Down("title")), D1).ShouldBe(["My & Title"]);

    [Fact]
    public void H13_missing_attribute_gives_nothing() =>
        Run(HtmlOf(HtmlContentToFetch.Attribute, "data-x", Down("a")), D1).ShouldBeEmpty();

    [Fact]
    public void H14_html_content_is_bs4_markup() =>
        Run(HtmlOf(HtmlContentToFetch.Html, "", Down("span", ("class", "tag")) with { TagIndex = 0 }), D1).ShouldBe(["<span class=\"tag\">Blue Eyes</span>"]);

    [Fact]
    public void H15_empty_attribute_value_matches_absent_or_empty() =>
        Run(HtmlOf(HtmlContentToFetch.Attribute, "id", Down("div", ("class", ""))), D1).ShouldBe(["desc", "e1", "e2"]);

    [Fact]
    public void H16_negative_index_is_from_the_end() =>
        Run(HtmlOf(HtmlContentToFetch.Attribute, "href", Down("a") with { TagIndex = -1 }), D1).ShouldBe(["?page=2"]);

    [Fact]
    public void H17_any_tag_name() =>
        Run(HtmlOf(HtmlContentToFetch.String, "", Down(null, ("data-id", "2"))), D1).ShouldBe(["twored_hair"]);
}
