using HydraEngine.Model.Parsing;
using HydraEngine.Parsing.Documents;
using HydraEngine.Strings;

namespace HydraEngine.Parsing.Formulae.Html;

/// <summary>
/// One Parse Rule HTML (62) applied to a list of nodes (positions in the document's <see cref="HtmlIndex"/>), as
/// hydrus's <c>ParseRuleHTML.GetNodes</c> over BeautifulSoup, in time linear in the document: descendants come from
/// the index's tag name and attribute lists, siblings and ancestors from its arrays, and an nth rule stops at the
/// n-th match (from the end for a negative index) instead of listing them all.
/// </summary>
internal static class HtmlRuleApplier
{
    public static List<int> Apply(HtmlParseRule rule, List<int> nodes, HtmlIndex index)
    {
        var result = new List<int>();
        foreach (var node in nodes)
        {
            switch (rule.RuleType)
            {
                case HtmlRuleType.Ascending:
                    if (HtmlAncestors.Find(node, rule, index) is { } ancestor)
                    {
                        result.Add(ancestor);
                    }

                    break;
                case HtmlRuleType.Descending:
                    var (forward, backward) = HtmlDescendants.Candidates(node, rule, index);
                    Collect(forward, backward, rule, index, result);
                    break;
                default:
                    var next = rule.RuleType == HtmlRuleType.NextSiblings;
                    Collect(HtmlSiblings.Walk(node, next, fromFar: false, index), HtmlSiblings.Walk(node, next, fromFar: true, index), rule, index, result);
                    break;
            }
        }

        if (rule.ShouldTestTagString)
        {
            result.RemoveAll(node => !StringMatching.Matches(rule.TagStringMatch, HtmlTagString.Of(index.Tree, index.NodeOf(node))));
        }

        return result;
    }

    /// <summary>
    /// Adds the matches among <paramref name="forward"/> (all of them, or the one the tag index names);
    /// <paramref name="backward"/> is the same sequence in reverse, read for a negative tag index.
    /// </summary>
    private static void Collect(IEnumerable<int> forward, IEnumerable<int> backward, HtmlParseRule rule, HtmlIndex index, List<int> result)
    {
        if (rule.TagIndex is not { } wanted)
        {
            foreach (var position in forward)
            {
                if (HtmlElementTest.Matches(index.Tree, index.NodeOf(position), rule))
                {
                    result.Add(position);
                }
            }

            return;
        }

        var skip = wanted < 0 ? -wanted - 1 : wanted;
        foreach (var position in wanted < 0 ? backward : forward)
        {
            if (HtmlElementTest.Matches(index.Tree, index.NodeOf(position), rule) && skip-- == 0)
            {
                result.Add(position);
                return;
            }
        }
    }
}
