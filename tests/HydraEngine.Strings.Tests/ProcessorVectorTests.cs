using HydraEngine.Model.Common;
using HydraEngine.Model.Strings;
using HydraEngine.Strings;

namespace HydraEngine.Strings.Tests;

/// <summary>test-vectors.md section P: every row run as a String Processor.</summary>
public sealed class ProcessorVectorTests
{
    private static readonly StringMatch Numeric = new(StringMatchType.Flexible, "numeric", null, null, "x");

    private static readonly Dictionary<string, (Definition[] Steps, string[] Input, string[] Expected)> Vectors = new()
    {
        ["P01"] = ([new StringSplitter(",", null)], ["a,,b,"], ["a", "b"]),
        ["P02"] = ([new StringSplitter("\\n", null)], ["x\ny\nz"], ["x", "y", "z"]),
        ["P03"] = ([new StringSplitter(" ", 1)], ["a b c"], ["a", "b c"]),
        ["P04"] = ([new StringSorter(StringSortType.HumanSort, true, null)], ["page 10", "page 9", "Page 1", "page 9b"], ["Page 1", "page 9", "page 9b", "page 10"]),
        ["P05"] = ([new StringSorter(StringSortType.HumanSort, false, null)], ["a2", "a10", "a1"], ["a10", "a2", "a1"]),
        ["P06"] = ([new StringSorter(StringSortType.Lexicographic, true, null)], ["b", "B", "a10", "a9"], ["B", "a10", "a9", "b"]),
        ["P07"] = ([new StringSorter(StringSortType.Reverse, false, null)], ["x", "z", "y"], ["y", "z", "x"]),
        ["P08"] = ([new StringSorter(StringSortType.Lexicographic, true, "\\d+")], ["p3", "none", "p10", "p2"], ["p10", "p2", "p3", "none"]),
        ["P09"] = ([new StringSorter(StringSortType.HumanSort, true, "\\d+")], ["p3", "none", "p10", "p2"], ["p2", "p3", "p10", "none"]),
        ["P10"] = ([new StringSorter(StringSortType.HumanSort, false, null)], ["B", "a", "b", "A"], ["B", "b", "a", "A"]),
        ["P11"] = ([new StringSlicer(1, null)], ["a", "b", "c"], ["b", "c"]),
        ["P12"] = ([new StringSlicer(-1, null)], ["a", "b", "c"], ["c"]),
        ["P13"] = ([new StringSlicer(null, 2)], ["a", "b", "c"], ["a", "b"]),
        ["P14"] = ([new StringSlicer(5, 9)], ["a", "b", "c"], []),
        ["P15"] = (
            [new StringSplitter(",", null), Numeric, Converter(new IntegerAddition(1)), new StringSorter(StringSortType.HumanSort, true, null), new StringSlicer(null, 2)],
            ["3,x,10", "1"],
            ["2", "4"]),
        ["P16"] = ([new StringJoiner("\\n", 2)], ["a", "b", "c", "d", "e"], ["a\nb", "c\nd"]),
        ["P17"] = ([new StringJoiner("", null)], ["a", "b", "c"], ["abc"]),
        ["P18"] = ([Converter(new IntegerAddition(5))], ["1", "x", "2"], ["6", "7"]),
        ["P19"] = (
            [new StringTagFilter(new TagFilter(new TagFilterEntry[] { new("creator:", TagFilterRule.Blacklist) }), "x")],
            ["Blue Eyes", "creator:Bob", "Page 10", "page 9"],
            ["blue eyes", "page 9", "page 10"]),
    };

    public static TheoryData<string> Ids => [.. Vectors.Keys];

    [Theory]
    [MemberData(nameof(Ids))]
    public void Processor_vector_matches_hydrus(string id)
    {
        var (steps, input, expected) = Vectors[id];

        StringServices.Default.Process(new StringProcessor(steps), input).ShouldBe(expected);
    }

    private static StringConverter Converter(params StringConversion[] steps) => new(steps, "x");
}
