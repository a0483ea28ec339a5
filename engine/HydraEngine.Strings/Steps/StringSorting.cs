using HydraEngine.Model.Strings;
using HydraEngine.Model.Text;

namespace HydraEngine.Strings.Steps;

/// <summary>
/// hydrus's String Sorter (objects.md §5): stable sorts by code point or human key, descending keeping equal
/// keys in their original order (Python <c>reverse=True</c>); with a regex the key is the first match, and
/// texts without one (or with an empty one) are sorted by their full text and appended.
/// </summary>
internal static class StringSorting
{
    /// <exception cref="StringProcessingException">The regex is invalid.</exception>
    public static IReadOnlyList<string> Sort(StringSorter sorter, IReadOnlyList<string> texts)
    {
        if (sorter.SortType == StringSortType.Reverse)
        {
            var reversed = new string[texts.Count];
            for (var i = 0; i < texts.Count; i++)
            {
                reversed[i] = texts[texts.Count - 1 - i];
            }

            return reversed;
        }

        var human = sorter.SortType == StringSortType.HumanSort;
        if (sorter.Regex is null)
        {
            return SortByKeys(texts, texts, human, sorter.Ascending);
        }

        var regex = PythonRegex.Get(sorter.Regex);
        var keyed = new List<string>(texts.Count);
        var keys = new List<string>(texts.Count);
        var unkeyed = new List<string>();
        foreach (var text in texts)
        {
            var key = regex.Match(text) is { Success: true } match ? match.Value : "";
            (key.Length > 0 ? keyed : unkeyed).Add(text);
            if (key.Length > 0)
            {
                keys.Add(key);
            }
        }

        var result = new List<string>(texts.Count);
        result.AddRange(SortByKeys(keyed, keys, human, sorter.Ascending));
        result.AddRange(SortByKeys(unkeyed, unkeyed, human, sorter.Ascending));
        return result;
    }

    /// <summary>Human sort ascending; texts with equal keys are ordered by code point so the result is deterministic.</summary>
    public static IReadOnlyList<string> SortHumanAscending(List<string> texts)
    {
        var folded = new string[texts.Count];
        var order = new int[texts.Count];
        for (var i = 0; i < texts.Count; i++)
        {
            folded[i] = PythonText.CaseFold(texts[i]);
            order[i] = i;
        }

        Array.Sort(order, (a, b) =>
        {
            var byKey = HumanSort.CompareFolded(folded[a], folded[b]);
            return byKey != 0 ? byKey : PythonText.CompareCodePoints(texts[a], texts[b]);
        });
        return Pick(texts, order);
    }

    private static string[] SortByKeys(IReadOnlyList<string> texts, IReadOnlyList<string> keys, bool human, bool ascending)
    {
        var order = new int[texts.Count];
        var prepared = new string[texts.Count];
        for (var i = 0; i < texts.Count; i++)
        {
            order[i] = i;
            prepared[i] = human ? PythonText.CaseFold(keys[i]) : keys[i];
        }

        var direction = ascending ? 1 : -1;
        Array.Sort(order, (a, b) =>
        {
            var byKey = human ? HumanSort.CompareFolded(prepared[a], prepared[b]) : PythonText.CompareCodePoints(prepared[a], prepared[b]);
            return byKey != 0 ? direction * byKey : a.CompareTo(b);
        });
        return Pick(texts, order);
    }

    private static string[] Pick(IReadOnlyList<string> texts, int[] order)
    {
        var sorted = new string[order.Length];
        for (var i = 0; i < order.Length; i++)
        {
            sorted[i] = texts[order[i]];
        }

        return sorted;
    }
}
