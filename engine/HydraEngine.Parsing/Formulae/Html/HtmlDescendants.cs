using HydraEngine.Model.Parsing;
using HydraEngine.Parsing.Documents;

namespace HydraEngine.Parsing.Formulae.Html;

/// <summary>
/// The candidates of a descending rule below a node, in document order and in reverse: the shortest of the index's
/// lists that every match must be on (the tag name's, each wanted attribute value's), cut to the node's subtree by
/// binary search; the whole subtree when the rule names neither. Each candidate is still tested by the caller.
/// </summary>
internal static class HtmlDescendants
{
    public static (IEnumerable<int> Forward, IEnumerable<int> Backward) Candidates(int node, HtmlParseRule rule, HtmlIndex index)
    {
        var (start, end) = index.DescendantRange(node);
        IReadOnlyList<int>? shortest = null;
        var shortestCount = end - start;
        foreach (var list in Lists(rule, index))
        {
            var (from, to) = Slice(list, start, end);
            if (to - from < shortestCount || shortest is null)
            {
                shortest = list;
                shortestCount = to - from;
            }
        }

        if (shortest is null)
        {
            return (Range(start, end), Range(start, end, reverse: true));
        }

        var (first, last) = Slice(shortest, start, end);
        return (Positions(shortest, first, last), Positions(shortest, first, last, reverse: true));
    }

    private static IEnumerable<IReadOnlyList<int>> Lists(HtmlParseRule rule, HtmlIndex index)
    {
        if (rule.TagName is not null)
        {
            yield return index.Named(rule.TagName);
        }

        if (rule.TagAttributes is { } attributes)
        {
            foreach (var (name, wanted) in attributes)
            {
                if (index.MayHaveAttribute(name, wanted) is { } list)
                {
                    yield return list;
                }
            }
        }
    }

    /// <summary>The indexes [from, to) of the list's positions inside [start, end).</summary>
    private static (int From, int To) Slice(IReadOnlyList<int> list, int start, int end) => (LowerBound(list, start), LowerBound(list, end));

    private static int LowerBound(IReadOnlyList<int> list, int value)
    {
        int low = 0, high = list.Count;
        while (low < high)
        {
            var middle = (low + high) >>> 1;
            if (list[middle] < value)
            {
                low = middle + 1;
            }
            else
            {
                high = middle;
            }
        }

        return low;
    }

    private static IEnumerable<int> Range(int start, int end, bool reverse = false)
    {
        for (var i = 0; i < end - start; i++)
        {
            yield return reverse ? end - 1 - i : start + i;
        }
    }

    private static IEnumerable<int> Positions(IReadOnlyList<int> list, int from, int to, bool reverse = false)
    {
        for (var i = 0; i < to - from; i++)
        {
            yield return list[reverse ? to - 1 - i : from + i];
        }
    }
}
