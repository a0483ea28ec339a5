namespace HydraEngine.Parsing.Documents;

/// <summary>
/// For one attribute name, the sorted positions of the elements carrying each value: the whole value, each of its
/// whitespace-separated tokens (Python whitespace) and the tokens re-joined with single spaces, so a rule's wanted
/// value finds every element bs4 could match (a superset: the rule still tests each one). A wanted "" also matches
/// elements without the attribute, so it has no candidate list (null).
/// </summary>
internal sealed class HtmlAttributeIndex
{
    private readonly Dictionary<string, List<int>> byValue = new(StringComparer.Ordinal);

    public HtmlAttributeIndex(HtmlIndex index, string name)
    {
        var keys = new HashSet<string>(StringComparer.Ordinal);
        for (var position = 0; position < index.Count; position++)
        {
            if (index.Tree.Attribute(index.NodeOf(position), name) is not { } value)
            {
                continue;
            }

            keys.Clear();
            AddKeys(value, keys);
            foreach (var key in keys)
            {
                if (!byValue.TryGetValue(key, out var list))
                {
                    byValue[key] = list = [];
                }

                list.Add(position);
            }
        }
    }

    /// <summary>The positions that may match, or null when every element may (wanted is "").</summary>
    public IReadOnlyList<int>? Candidates(string wanted) =>
        wanted.Length == 0 ? null : byValue.TryGetValue(wanted, out var list) ? list : [];

    private static void AddKeys(string value, HashSet<string> keys)
    {
        var tokens = Formulae.Html.HtmlAttributes.Tokens(value);
        keys.Add(value);
        keys.UnionWith(tokens);
        keys.Add(string.Join(' ', tokens));
    }
}
