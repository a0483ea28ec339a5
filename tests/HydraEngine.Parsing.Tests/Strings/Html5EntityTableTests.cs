using AngleSharp.Html;
using HydraEngine.Strings.Conversions.Encodings;

namespace HydraEngine.Parsing.Tests.Strings;

/// <summary>
/// The Strings project carries its own HTML5 entity table (so it needs no HTML library); it must say exactly what
/// AngleSharp's WHATWG table says, which the HTML formulae use.
/// </summary>
public sealed class Html5EntityTableTests
{
    [Fact]
    public void The_table_holds_every_named_reference_of_python()
    {
        Html5Entities.All.Count.ShouldBe(2231);
    }

    [Fact]
    public void Every_name_means_what_anglesharp_says_it_means()
    {
        var differing = Html5Entities.All.Where(pair => HtmlEntityProvider.Resolver.GetSymbol(pair.Key) != pair.Value).Select(pair => pair.Key).ToList();

        differing.ShouldBeEmpty();
    }

    [Theory]
    [InlineData("amp;", "&")]
    [InlineData("amp", "&")]
    [InlineData("NotNestedGreaterGreater;", "\u2AA2\u0338")]
    [InlineData("fjlig;", "fj")]
    public void Names_with_and_without_the_semicolon_resolve_as_in_python(string name, string expected)
    {
        Html5Entities.Find(name).ShouldBe(expected);
    }

    [Theory]
    [InlineData("hellip")]
    [InlineData("notanentity;")]
    public void Names_python_does_not_know_are_absent(string name)
    {
        Html5Entities.Find(name).ShouldBeNull();
    }
}
