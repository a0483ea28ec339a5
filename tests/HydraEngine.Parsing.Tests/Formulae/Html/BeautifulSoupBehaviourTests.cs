using HydraEngine.Model.Parsing;
using HydraEngine.Model.Strings;
using static HydraEngine.Parsing.Tests.Build;

namespace HydraEngine.Parsing.Tests.Formulae.Html;

/// <summary>HTML read as hydrus's BeautifulSoup 4.11 over html5lib 1.1 reads it, where AngleSharp alone would differ (differential-test classes).</summary>
public sealed class BeautifulSoupBehaviourTests
{
    [Fact]
    public void Markup_lists_attributes_sorted_by_name() =>
        Run(HtmlOf(HtmlContentToFetch.Html, "", Down("a")), "<a f c>x</a><a zz=1 b=\"2\" a-b='3'>").ShouldBe(["<a c=\"\" f=\"\">x</a>", "<a a-b=\"3\" b=\"2\" zz=\"1\"></a>"]);

    [Fact]
    public void Multi_valued_attributes_split_on_python_whitespace() =>
        Run(HtmlOf(HtmlContentToFetch.Attribute, "class", Down("a")), "<a Class=r\x1f\">").ShouldBe(["r \""]);

    [Fact]
    public void A_class_token_after_an_information_separator_matches() =>
        Run(HtmlOf(HtmlContentToFetch.String, "", Down("a", ("class", "Thumb"))), "<a class=\"\x1fThumb\">t</a>").ShouldBe(["t"]);

    [Fact]
    public void Attribute_names_are_looked_up_exactly_so_uppercase_finds_nothing() =>
        Run(HtmlOf(HtmlContentToFetch.Attribute, "CLASS", Down("a")), "<a class=l>").ShouldBeEmpty();

    [Fact]
    public void Rule_attributes_with_uppercase_names_match_nothing() =>
        Run(HtmlOf(HtmlContentToFetch.String, "", Down("a", ("CLASS", "l"))), "<a class=l>x</a>").ShouldBeEmpty();

    [Fact]
    public void Ascending_to_the_document_by_its_bs4_name() =>
        Run(HtmlOf(HtmlContentToFetch.String, "", Down("body"), new HtmlParseRule(HtmlRuleType.Ascending, "[document]", null, null, 1, false, StringMatch.Any)), "]").ShouldBe(["]"]);

    [Fact]
    public void Template_contents_are_ordinary_children() =>
        Run(HtmlOf(HtmlContentToFetch.String, "", Down(null)), ":<template>>").ShouldBe([":>", ":>", ">"]);

    [Fact]
    public void Nested_template_contents_are_found_by_rules() =>
        Run(HtmlOf(HtmlContentToFetch.Html, "", Down("b")), "<template><i><template><b>x</b></template></i></template>").ShouldBe(["<b>x</b>"]);

    [Fact]
    public void Svg_xlink_attributes_keep_their_prefix_in_markup() =>
        Run(HtmlOf(HtmlContentToFetch.Html, "", Down("circle"), new HtmlParseRule(HtmlRuleType.Ascending, "a", null, null, 1, false, StringMatch.Any)), "<svg><a xlink:href=\"/l\"><circle r=\"1\"></circle></a></svg>").ShouldBe(["<a xlink:href=\"/l\"><circle r=\"1\"></circle></a>"]);

    [Fact]
    public void An_xlink_attribute_is_not_found_by_its_local_name() =>
        Run(HtmlOf(HtmlContentToFetch.Attribute, "href", Down("a")), "<svg><a xlink:href=\"/l\"></a></svg>").ShouldBeEmpty();
}
