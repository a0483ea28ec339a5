using HydraEngine.Parsing.Documents.Soup;

namespace HydraEngine.Parsing.Tests.Documents.Soup;

/// <summary>
/// bs4 writes a meta tag's declared encoding as utf-8 (expected strings from <c>BeautifulSoup(page, "html5lib").decode(formatter="minimal")</c>
/// with Debian's python3-bs4 4.11.2 and python3-html5lib 1.1).
/// </summary>
public sealed class SoupMetaCharsetTests
{
    [Fact]
    public void A_meta_charset_is_written_as_utf_8() =>
        Markup("<meta charset=\"ISO-8859-1\">").ShouldBe("<html><head><meta charset=\"utf-8\"/></head><body></body></html>");

    [Fact]
    public void The_charset_in_a_content_type_meta_is_written_as_utf_8() =>
        Markup("<meta http-equiv=\"Content-Type\" content=\"text/html; charset=ISO-8859-1\">")
            .ShouldBe("<html><head><meta content=\"text/html; charset=utf-8\" http-equiv=\"Content-Type\"/></head><body></body></html>");

    [Fact]
    public void Other_meta_content_is_written_as_it_is() =>
        Markup("<meta http-equiv=\"refresh\" content=\"0; charset=x\">").ShouldBe("<html><head><meta content=\"0; charset=x\" http-equiv=\"refresh\"/></head><body></body></html>");

    [Fact]
    public void The_attribute_value_itself_keeps_the_declared_encoding()
    {
        var tree = SoupTreeBuilder.Build("<meta charset=\"ISO-8859-1\">");

        tree.Attribute(3, "charset").ShouldBe("ISO-8859-1");
    }

    private static string Markup(string page) => SoupTreeMarkup.Of(SoupTreeBuilder.Build(page), SoupTree.DocumentNode);
}
