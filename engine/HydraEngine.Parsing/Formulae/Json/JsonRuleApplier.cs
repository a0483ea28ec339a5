using HydraEngine.Model.Parsing;
using HydraEngine.Model.Strings;
using HydraEngine.Model.Text;
using HydraEngine.Strings;

namespace HydraEngine.Parsing.Formulae.Json;

/// <summary>A node and its ancestors (nearest last), as hydrus's (node, stack) pairs.</summary>
internal sealed record JsonPosition(PyValue Node, JsonPosition? Parent, int Depth)
{
    public JsonPosition Child(PyValue node) => new(node, this, Depth + 1);
}

/// <summary>One JSON parse rule applied to every position, as hydrus's <c>_GetRawTextsFromJSON</c> loop.</summary>
internal static class JsonRuleApplier
{
    public static List<JsonPosition> Apply(JsonParseRule rule, List<JsonPosition> positions)
    {
        var next = new List<JsonPosition>();
        foreach (var position in positions)
        {
            var node = position.Node;
            switch (rule)
            {
                case JsonAllItems when node is PyList list:
                    next.AddRange(list.Items.Select(position.Child));
                    break;
                case JsonAllItems when node is PyDict dict:
                    next.AddRange(dict.SortedPairs.Select(pair => position.Child(pair.Value)));
                    break;
                case JsonIndexedItem indexed when Indexed(node, indexed.Index) is { } item:
                    next.Add(position.Child(item));
                    break;
                case JsonDictionaryKey { KeyMatch: { MatchType: StringMatchType.Fixed, MinChars: null, MaxChars: null } fixedKey } when node is PyDict dict:
                    if (dict.Lookup(fixedKey.Value) is { } value)
                    {
                        next.Add(position.Child(value));
                    }

                    break;
                case JsonDictionaryKey key when node is PyDict dict:
                    next.AddRange(dict.SortedPairs.Where(pair => StringMatching.Matches(key.KeyMatch, pair.Key)).Select(pair => position.Child(pair.Value)));
                    break;
                case JsonTestStringItems test when node is not (PyList or PyDict or PyNull) && StringMatching.Matches(test.Match, PyText.Str(node)):
                    next.Add(position);
                    break;
                case JsonAscend ascend when Ancestor(position, ascend.Levels) is { } ancestor:
                    next.Add(ancestor);
                    break;
                case JsonDeminify deminify when node is PyList list && Deminifier.Deminify(list, deminify.Index) is { } expanded:
                    next.Add(position.Child(expanded));
                    break;
            }
        }

        return next;
    }

    /// <summary>A list's item by Python index, or a dict's value at that index of its human-sorted keys.</summary>
    private static PyValue? Indexed(PyValue node, long index)
    {
        switch (node)
        {
            case PyList list when PythonIndex(index, list.Items.Count) is { } position:
                return list.Items[position];
            case PyDict dict:
                var keys = dict.Pairs.Select(pair => pair.Key).ToList();
                keys.Sort(HumanSort.Comparer);
                return PythonIndex(index, keys.Count) is { } keyPosition ? dict.Get(keys[keyPosition]) : null;
            default:
                return null;
        }
    }

    /// <summary><c>stack[-n]</c> with the stack <c>stack[:-n]</c>: needs n ancestors.</summary>
    private static JsonPosition? Ancestor(JsonPosition position, long levels)
    {
        if (levels < 1 || levels > position.Depth)
        {
            return levels == 0 || levels > position.Depth ? null : null;
        }

        var current = position;
        for (var i = 0; i < levels; i++)
        {
            current = current.Parent!;
        }

        return current;
    }

    internal static int? PythonIndex(long index, int count)
    {
        var position = index < 0 ? count + index : index;
        return position >= 0 && position < count ? (int)position : null;
    }
}
