using HydraEngine.Model.Text;

namespace HydraEngine.Parsing.Tests.Text;

/// <summary>hydrus's human sort key; expected orders from <c>sorted(..., key=HumanTextSortKey)</c> on CPython 3.11.</summary>
public sealed class HumanSortTests
{
    [Theory]
    [InlineData(new[] { "page 10", "page 9", "Page 1" }, new[] { "Page 1", "page 9", "page 10" })]
    [InlineData(new[] { "a1", "a" }, new[] { "a", "a1" })]
    [InlineData(new[] { "b", "1" }, new[] { "1", "b" })]
    [InlineData(new[] { "x10y", "x9z", "x9y" }, new[] { "x9y", "x9z", "x10y" })]
    [InlineData(new[] { "STRASSE", "straße 2", "strasse 1" }, new[] { "STRASSE", "strasse 1", "straße 2" })]
    [InlineData(new[] { "a٣", "a2", "a" }, new[] { "a", "a2", "a٣" })]
    [InlineData(new[] { "٣", "2", "b" }, new[] { "2", "٣", "b" })]
    [InlineData(new[] { "v100000000000000000000", "v99999999999999999999" }, new[] { "v99999999999999999999", "v100000000000000000000" })]
    [InlineData(new[] { "😀", "\uffff", "" }, new[] { "", "\uffff", "😀" })]
    public void Sorts_like_hydrus(string[] input, string[] expected)
    {
        input.Order(HumanSort.Comparer).ShouldBe(expected);
    }

    [Theory]
    [InlineData("a01", "a1")]
    [InlineData("ABC", "abc")]
    [InlineData("ß", "ss")]
    public void Equal_keys_compare_equal(string left, string right)
    {
        HumanSort.Compare(left, right).ShouldBe(0);
    }

    [Fact]
    public void Null_sorts_first()
    {
        HumanSort.Compare(null, "a").ShouldBeLessThan(0);
    }
}
