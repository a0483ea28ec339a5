using HydraEngine.Parsing.Documents.Soup;

namespace HydraEngine.Parsing.Tests.Documents.Soup;

/// <summary>
/// Issue 12: the tree is the one hydrus's BeautifulSoup 4.11 builds over html5lib 1.1, including where html5lib follows an
/// older HTML spec than AngleSharp. Every expected string was produced by <c>BeautifulSoup(page, "html5lib").decode(formatter="minimal")</c>
/// with Debian's python3-bs4 4.11.2 and python3-html5lib 1.1 (the doctype's trailing newline, which our markup writer has never written, removed).
/// </summary>
public sealed class SoupTreeBuilderTests
{
    [Theory]
    [InlineData("<a>x<summary>y<a>z", "<html><head></head><body><a>x<summary>y</summary></a><a>z</a></body></html>")]
    [InlineData("<a>x<main>y<a>z", "<html><head></head><body><a>x<main>y</main></a><a>z</a></body></html>")]
    [InlineData("<a>x<figcaption>y<a>z", "<html><head></head><body><a>x<figcaption>y</figcaption></a><a>z</a></body></html>")]
    [InlineData("<a>x<hgroup>y<a>z", "<html><head></head><body><a>x<hgroup>y</hgroup></a><a>z</a></body></html>")]
    public void Elements_html5lib_does_not_count_as_special_stay_inside_the_formatting_element(string page, string expected) =>
        Markup(page).ShouldBe(expected);

    [Fact]
    public void A_button_inside_a_select_is_dropped_with_its_tags() =>
        Markup("<select><button>x</button><option>y</select>z").ShouldBe("<html><head></head><body><select>x<option>y</option></select>z</body></html>");

    [Fact]
    public void Without_a_doctype_a_table_stays_inside_an_open_paragraph() =>
        Markup("<p>a<table><tr><td>b</table>").ShouldBe("<html><head></head><body><p>a<table><tbody><tr><td>b</td></tr></tbody></table></p></body></html>");

    [Fact]
    public void With_a_doctype_a_table_closes_an_open_paragraph() =>
        Markup("<!DOCTYPE html><p>a<table><tr><td>b</table>").ShouldBe("<!DOCTYPE html><html><head></head><body><p>a</p><table><tbody><tr><td>b</td></tr></tbody></table></body></html>");

    [Fact]
    public void Text_in_a_table_is_foster_parented_before_it() =>
        Markup("<table>x<tr><td>y</td></tr></table>").ShouldBe("<html><head></head><body>x<table><tbody><tr><td>y</td></tr></tbody></table></body></html>");

    [Fact]
    public void Misnested_formatting_is_adopted() =>
        Markup("<b>1<p>2</b>3</p>").ShouldBe("<html><head></head><body><b>1</b><p><b>2</b>3</p></body></html>");

    [Fact]
    public void Template_contents_are_ordinary_children() =>
        Markup("<template><b>x</b></template>").ShouldBe("<html><head></head><body><template><b>x</b></template></body></html>");

    [Fact]
    public void Svg_names_and_attributes_get_their_case_back() =>
        Markup("<svg viewbox=\"0 0 1 1\"><foreignobject><p>x</p></foreignobject><clippath></clippath></svg>")
            .ShouldBe("<html><head></head><body><svg viewBox=\"0 0 1 1\"><foreignObject><p>x</p></foreignObject><clipPath></clipPath></svg></body></html>");

    [Fact]
    public void The_definitionurl_attribute_of_math_markup_gets_its_case_back() =>
        Markup("<math definitionurl=\"u\"><mi>y</mi></math>").ShouldBe("<html><head></head><body><math definitionURL=\"u\"><mi>y</mi></math></body></html>");

    [Fact]
    public void A_newline_right_after_pre_is_dropped() =>
        Markup("<pre>\nx</pre>").ShouldBe("<html><head></head><body><pre>x</pre></body></html>");

    [Fact]
    public void Isindex_still_becomes_a_form() =>
        Markup("<isindex prompt=\"p\" action=\"a\">").ShouldBe("<html><head></head><body><form action=\"a\"><hr/><label>p<input name=\"isindex\"/></label><hr/></form></body></html>");

    [Fact]
    public void A_second_body_tag_adds_only_missing_attributes() =>
        Markup("<body a=\"1\"><body b=\"2\" a=\"3\">").ShouldBe("<html><head></head><body a=\"1\" b=\"2\"></body></html>");

    [Fact]
    public void A_nested_button_in_a_cell_closes_the_first() =>
        Markup("<table><tr><td><button>a<button>b</table>").ShouldBe("<html><head></head><body><table><tbody><tr><td><button>a</button><button>b</button></td></tr></tbody></table></body></html>");

    [Fact]
    public void Ruby_text_closes_the_previous_annotation() =>
        Markup("<ruby>a<rt>b<rp>c</ruby>").ShouldBe("<html><head></head><body><ruby>a<rt>b</rt><rp>c</rp></ruby></body></html>");

    [Theory]
    [InlineData("<iframe></P", "<html><head></head><body><iframe>&lt;/P</iframe></body></html>")]
    [InlineData("<textarea></P x</textarea>", "<html><head></head><body><textarea>&lt;/P x</textarea></body></html>")]
    public void An_end_tag_in_raw_text_that_closes_nothing_keeps_its_case(string page, string expected) => Markup(page).ShouldBe(expected);

    [Fact]
    public void Nesting_deeper_than_512_stays_nested() =>
        Markup(string.Concat(Enumerable.Repeat("<div>", 600)) + "x")
            .ShouldBe("<html><head></head><body>" + string.Concat(Enumerable.Repeat("<div>", 600)) + "x" + string.Concat(Enumerable.Repeat("</div>", 600)) + "</body></html>");

    /// <summary>A hang guard, not a speed claim: AngleSharp's tree builder took minutes here (and flattened it past depth 512).</summary>
    [Fact]
    public void Two_hundred_thousand_nested_elements_build_a_tree_that_deep()
    {
        const int Depth = 200_000;
        var tree = SoupTreeBuilder.Build(string.Concat(Enumerable.Repeat("<div>", Depth)) + "x" + string.Concat(Enumerable.Repeat("</div>", Depth)));

        var innermost = tree.Count - 2;
        var levels = 0;
        for (var node = innermost; tree.Parent(node) >= 0; node = tree.Parent(node))
        {
            levels++;
        }

        (tree.Name(innermost), tree.Data(innermost + 1).ToString(), levels).ShouldBe(("div", "x", Depth + 2));
    }

    /// <summary>A hang guard: html5lib's walk down the stack for each end tag inside SVG is quadratic here.</summary>
    [Fact]
    public void Many_stray_end_tags_inside_deep_svg_build_in_linear_time()
    {
        const int Count = 100_000;
        var tree = SoupTreeBuilder.Build("<svg>" + string.Concat(Enumerable.Repeat("<g>", Count)) + string.Concat(Enumerable.Repeat("</x>", Count)) + "y");

        (tree.Name(tree.Count - 2), tree.Data(tree.Count - 1).ToString()).ShouldBe(("g", "y"));
    }

    /// <summary>A hang guard: each end tag runs the adoption agency against a long list of formatting elements.</summary>
    [Fact]
    public void Many_misnested_formatting_end_tags_build_in_linear_time()
    {
        const int Count = 50_000;
        var tree = SoupTreeBuilder.Build(string.Concat(Enumerable.Repeat("<b>", Count)) + "<div>" + string.Concat(Enumerable.Repeat("</b>", Count)) + "z");

        tree.Data(tree.Count - 1).ToString().ShouldBe("z");
    }

    [Fact]
    public void Formatting_reopened_quadratically_is_refused_with_a_clear_error()
    {
        // the bold elements close with the first paragraph but stay active, so every later paragraph reopens all of them
        var page = "<p>" + string.Concat(Enumerable.Repeat("<b>", 10_000)) + "</p>" + string.Concat(Enumerable.Repeat("<p>x</p>", 10_000));

        Should.Throw<InvalidDataException>(() => SoupTreeBuilder.Build(page)).Message.ShouldContain("HTML nodes");
    }

    private static string Markup(string page) => SoupTreeMarkup.Of(SoupTreeBuilder.Build(page), SoupTree.DocumentNode);
}
