using System.Xml.XPath;
using AngleSharp.Html.Parser;
using HydraEngine.Plugins.Html;

namespace HydraEngine.Plugins.Tests.Html;

/// <summary>XPath 1.0 straight over AngleSharp's DOM.</summary>
public sealed class HtmlXPathNavigatorTests
{
    private const string Page = """
        <!DOCTYPE html>
        <html><head><title>T &amp; U</title></head><body>
        <!-- a comment -->
        <ul id="tags"><li class="a">one</li><li class="b">two <b>bold</b></li><li class="a">three</li></ul>
        <a id="link" href="/x?y=1">link</a>
        </body></html>
        """;

    [Fact]
    public void Elements_match_without_a_namespace() => Strings("//li").ShouldBe(["one", "two bold", "three"]);

    [Fact]
    public void An_attribute_gives_its_value() => Strings("//a/@href").ShouldBe(["/x?y=1"]);

    [Fact]
    public void A_predicate_on_an_attribute_filters() => Strings("//li[@class='a']").ShouldBe(["one", "three"]);

    [Fact]
    public void Text_nodes_are_selected_by_text() => Strings("//li[2]/text()").ShouldBe(["two "]);

    [Fact]
    public void The_parent_axis_climbs() => Strings("name(//b/..)").ShouldBe(["li"]);

    [Fact]
    public void Sibling_axes_follow_document_order() => Strings("//li[@class='b']/following-sibling::li | //li[@class='b']/preceding-sibling::li").ShouldBe(["one", "three"]);

    [Fact]
    public void Id_finds_an_element() => Strings("id('link')").ShouldBe(["link"]);

    [Fact]
    public void Comments_are_nodes() => Strings("//comment()").ShouldBe([" a comment "]);

    [Fact]
    public void The_doctype_is_not_a_node() => Strings("count(/node())").ShouldBe(["1"]);

    [Fact]
    public void Entities_are_decoded() => Strings("string(//title)").ShouldBe(["T & U"]);

    [Fact]
    public void Attributes_are_listed_by_the_attribute_axis() => Strings("count(//a/@*)").ShouldBe(["2"]);

    private static string[] Strings(string xpath)
    {
        var navigator = new HtmlXPathNavigator(new HtmlParser().ParseDocument(Page));
        return navigator.Evaluate(xpath) switch
        {
            XPathNodeIterator nodes => nodes.Cast<XPathNavigator>().Select(node => node.Value).ToArray(),
            double number => [number.ToString(System.Globalization.CultureInfo.InvariantCulture)],
            var other => [other.ToString()!],
        };
    }
}
