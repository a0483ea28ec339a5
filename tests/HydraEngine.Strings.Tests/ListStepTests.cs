using HydraEngine.Model.Common;
using HydraEngine.Model.Strings;
using HydraEngine.Strings;

namespace HydraEngine.Strings.Tests;

/// <summary>Splitter, joiner, sorter and slicer behaviour beyond the vectors (Python semantics).</summary>
public sealed class ListStepTests
{
    [Theory]
    [InlineData("\\\\", "a\\b", new[] { "a", "b" })]
    [InlineData("\\x2c", "a,b", new[] { "a", "b" })]
    [InlineData("\\u4e2d", "a中b", new[] { "a", "b" })]
    [InlineData("\\中", "a\\u4e2db中c", new[] { "a", "b中c" })]
    [InlineData("é", "aéb", new[] { "a", "b" })]
    [InlineData("a\\qb", "xa\\qby", new[] { "x", "y" })]
    public void Splitter_separator_is_python_unescaped(string separator, string input, string[] expected)
    {
        Process([new StringSplitter(separator, null)], input).ShouldBe(expected);
    }

    [Theory]
    [InlineData(0, new[] { "a,b,,c" })]
    [InlineData(-1, new[] { "a", "b", "c" })]
    [InlineData(2, new[] { "a", "b", ",c" })]
    public void Splitter_max_splits_counts_from_the_left(int maxSplits, string[] expected)
    {
        Process([new StringSplitter(",", maxSplits)], "a,b,,c").ShouldBe(expected);
    }

    [Theory]
    [InlineData("\\")]
    [InlineData("")]
    public void Splitter_with_a_bad_or_empty_separator_drops_every_string(string separator)
    {
        Process([new StringSplitter(separator, null)], "a b", "c").ShouldBeEmpty();
    }

    [Fact]
    public void Joiner_with_no_strings_gives_one_empty_string()
    {
        Process([new StringJoiner(",", null)]).ShouldBe([""]);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-2)]
    public void Joiner_with_a_size_below_one_gives_nothing(int size)
    {
        Process([new StringJoiner(",", size)], "a", "b").ShouldBeEmpty();
    }

    [Fact]
    public void Joiner_that_will_not_unescape_leaves_the_list()
    {
        Process([new StringJoiner("\\", null)], "a", "b").ShouldBe(["a", "b"]);
    }

    [Fact]
    public void Sorter_none_still_sorts_by_code_point_descending()
    {
        Process([new StringSorter(StringSortType.None, false, null)], "b", "😀", "\uFFFD", "a").ShouldBe(["😀", "\uFFFD", "b", "a"]);
    }

    [Fact]
    public void Sorter_with_a_bad_regex_leaves_the_list()
    {
        Process([new StringSorter(StringSortType.HumanSort, true, "(")], "b", "a").ShouldBe(["b", "a"]);
    }

    [Fact]
    public void Sorter_descending_on_regex_appends_keyless_texts_sorted_descending()
    {
        Process([new StringSorter(StringSortType.HumanSort, false, "\\d+")], "x", "p2", "y", "p10").ShouldBe(["p10", "p2", "y", "x"]);
    }

    [Fact]
    public void Sorter_treats_an_empty_regex_match_as_no_key()
    {
        Process([new StringSorter(StringSortType.Lexicographic, true, "\\d*")], "b1", "2", "a").ShouldBe(["2", "a", "b1"]);
    }

    [Fact]
    public void Sorter_reverse_ignores_direction_and_regex()
    {
        Process([new StringSorter(StringSortType.Reverse, true, "(")], "a", "b", "c").ShouldBe(["c", "b", "a"]);
    }

    [Theory]
    [InlineData(null, null, new[] { "a", "b", "c", "d" })]
    [InlineData(-2, -1, new[] { "c" })]
    [InlineData(1, -1, new[] { "b", "c" })]
    [InlineData(3, 1, new string[0])]
    [InlineData(-9, 2, new[] { "a", "b" })]
    public void Slicer_is_a_python_list_slice(int? start, int? end, string[] expected)
    {
        Process([new StringSlicer(start, end)], "a", "b", "c", "d").ShouldBe(expected);
    }

    private static IReadOnlyList<string> Process(Definition[] steps, params string[] texts) =>
        StringServices.Default.Process(new StringProcessor(steps), texts);
}
