using HydraEngine.Parsing.Documents.Soup;

namespace HydraEngine.Parsing.Tests.Documents.Soup.Tokenizer;

/// <summary>
/// Issue 12 and 19: html5lib 1.1's tokenizer, where it differs from today's WHATWG one. Every expected string was produced
/// by <c>BeautifulSoup(page, "html5lib").decode(formatter="minimal")</c> with Debian's python3-bs4 4.11.2 and
/// python3-html5lib 1.1 (the doctype's trailing newline removed, as in <see cref="SoupTreeBuilderTests"/>).
/// </summary>
public sealed class SoupTokenizerTests
{
    [Fact]
    public void An_ampersand_that_starts_no_reference_stays_text() =>
        Markup("<p>a&;b&c").ShouldBe("<html><head></head><body><p>a&amp;;b&amp;c</p></body></html>");

    [Fact]
    public void In_an_attribute_a_reference_without_semicolon_before_a_letter_digit_or_equals_stays_text() =>
        Markup("<a href=\"?x=1&copy=2&amp=3&lt\">&copy=")
            .ShouldBe("<html><head></head><body><a href=\"?x=1&amp;copy=2&amp;amp=3&lt;\">©=</a></body></html>");

    [Fact]
    public void A_named_reference_is_the_longest_name_the_text_starts_with() =>
        Markup("&notit; &notin; &noti").ShouldBe("<html><head></head><body>¬it; ∉ ¬i</body></html>");

    [Fact]
    public void Numeric_references_are_repaired_as_html5lib_repairs_them() =>
        Markup("&#128;&#x80&#0;&#xD800;&#1114112;&#x1F600;").ShouldBe("<html><head></head><body>€€\uFFFD\uFFFD\uFFFD😀</body></html>");

    [Fact]
    public void A_whitespace_reference_in_head_is_whitespace_kept_in_head() =>
        Markup("<head>&#32;<title>x</title>").ShouldBe("<html><head> <title>x</title></head><body></body></html>");

    [Fact]
    public void In_a_frameset_only_whitespace_runs_are_kept() =>
        Markup("<frameset> &#10;x </frameset>").ShouldBe("<html><head></head><frameset> \n</frameset></html>");

    [Fact]
    public void Letters_read_past_a_reference_do_not_swallow_the_whitespace_after_them() =>
        Markup("<frameset>&noti\nx&ab\ny</frameset>").ShouldBe("<html><head></head><frameset>\n\n</frameset></html>");

    [Fact]
    public void A_doctype_keeps_its_public_and_system_identifiers() =>
        Markup("<!DOCTYPE html PUBLIC \"-//W3C//DTD HTML 4.01//EN\" 'http://www.w3.org/TR/html4/strict.dtd'><p>x")
            .ShouldBe("<!DOCTYPE html PUBLIC \"-//W3C//DTD HTML 4.01//EN\" \"http://www.w3.org/TR/html4/strict.dtd\"><html><head></head><body><p>x</p></body></html>");

    [Fact]
    public void A_doctype_with_only_a_system_identifier_says_system() =>
        Markup("<!DOCTYPE html SYSTEM \"about:legacy-compat\">").ShouldBe("<!DOCTYPE html SYSTEM \"about:legacy-compat\"><html><head></head><body></body></html>");

    [Fact]
    public void An_end_tag_in_raw_text_that_does_not_close_it_stays_text_as_written() =>
        Markup("<title>a</TITLEx b</Title >").ShouldBe("<html><head><title>a&lt;/TITLEx b</title></head><body></body></html>");

    [Fact]
    public void Attribute_names_are_lowercased_and_the_first_of_each_name_is_kept() =>
        Markup("<a B=1 b=2 c=3 C=4>x</a>").ShouldBe("<html><head></head><body><a b=\"1\" c=\"3\">x</a></body></html>");

    [Fact]
    public void Carriage_returns_become_line_feeds() =>
        Markup("<pre>\r\na\rb\r\n</pre>").ShouldBe("<html><head></head><body><pre>a\nb\n</pre></body></html>");

    [Fact]
    public void A_carriage_return_before_a_carriage_return_line_feed_or_at_the_end_is_one_line_feed() =>
        Markup("<p>a\r\r\nb\r").ShouldBe("<html><head></head><body><p>a\n\nb\n</p></body></html>");

    [Fact]
    public void Nul_is_dropped_from_body_text_and_replaced_in_attributes() =>
        Markup("<p a=\"\0\">x\0y</p>").ShouldBe("<html><head></head><body><p a=\"\uFFFD\">xy</p></body></html>");

    [Fact]
    public void Nul_and_cdata_are_text_in_svg_and_cdata_is_a_comment_in_html() =>
        Markup("<svg>x\0y<![CDATA[<b>]]></svg><![CDATA[z]]>").ShouldBe("<html><head></head><body><svg>x\uFFFDy&lt;b&gt;</svg><!--[CDATA[z]]--></body></html>");

    [Fact]
    public void A_script_inside_an_escaped_script_does_not_end_it() =>
        Markup("<script><!--<script></script>--></script>x").ShouldBe("<html><head><script><!--<script></script>--></script></head><body>x</body></html>");

    [Fact]
    public void References_are_decoded_in_textarea_but_not_in_style() =>
        Markup("<textarea>&lt;b&gt;</textarea><style>&lt;</style>").ShouldBe("<html><head></head><body><textarea>&lt;b&gt;</textarea><style>&lt;</style></body></html>");

    /// <summary>A hang guard: duplicate attribute names are found through a set, not by a walk over the earlier ones.</summary>
    [Fact]
    public void A_tag_with_a_hundred_thousand_attributes_builds_in_linear_time()
    {
        var page = "<p " + string.Concat(Enumerable.Range(0, 100_000).Select(i => $"a{i % 50_000}={i} ")) + ">x";

        var tree = SoupTreeBuilder.Build(page);

        tree.Data(tree.Count - 1).ToString().ShouldBe("x");
    }

    private static string Markup(string page) => SoupTreeMarkup.Of(SoupTreeBuilder.Build(page), SoupTree.DocumentNode);
}
