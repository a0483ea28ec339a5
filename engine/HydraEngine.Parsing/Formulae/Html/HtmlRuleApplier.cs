using AngleSharp.Dom;
using HydraEngine.Model.Parsing;
using HydraEngine.Strings;

namespace HydraEngine.Parsing.Formulae.Html;

/// <summary>One Parse Rule HTML (62) applied to a node list, as hydrus's <c>ParseRuleHTML.GetNodes</c> over BeautifulSoup.</summary>
internal static class HtmlRuleApplier
{
    public static List<INode> Apply(HtmlParseRule rule, List<INode> nodes, Documents.HtmlIndex elementIndex)
    {
        var result = new List<INode>();
        foreach (var node in nodes)
        {
            if (rule.RuleType == HtmlRuleType.Ascending)
            {
                if (Ascend(node, rule) is { } ancestor)
                {
                    result.Add(ancestor);
                }

                continue;
            }

            var found = rule.RuleType switch
            {
                HtmlRuleType.Descending => Descendants(node, rule, elementIndex),
                HtmlRuleType.NextSiblings => Siblings(node, rule, forward: true),
                _ => Siblings(node, rule, forward: false),
            };
            if (rule.TagIndex is { } index)
            {
                var position = index < 0 ? found.Count + index : index;
                if (position < 0 || position >= found.Count)
                {
                    continue;
                }

                result.Add(found[position]);
            }
            else
            {
                result.AddRange(found);
            }
        }

        if (rule.ShouldTestTagString)
        {
            result.RemoveAll(node => !StringMatching.Matches(rule.TagStringMatch, HtmlTagString.Of(node)));
        }

        return result;
    }

    private static List<INode> Descendants(INode root, HtmlParseRule rule, Documents.HtmlIndex index)
    {
        var found = new List<INode>();
        foreach (var element in index.Descendants(root, rule.TagName))
        {
            if (IsMatch(element, rule))
            {
                found.Add(element);
            }
        }

        return found;
    }

    private static List<INode> Siblings(INode node, HtmlParseRule rule, bool forward)
    {
        var found = new List<INode>();
        for (var sibling = forward ? node.NextSibling : node.PreviousSibling; sibling is not null; sibling = forward ? sibling.NextSibling : sibling.PreviousSibling)
        {
            if (sibling is IElement element && IsMatch(element, rule))
            {
                found.Add(element);
            }
        }

        return found;
    }

    /// <summary>bs4's name for the BeautifulSoup object, the Tag above &lt;html&gt;.</summary>
    private const string DocumentName = "[document]";

    /// <summary>Walks up; the document above &lt;html&gt; counts as a level and is named <c>[document]</c> (bs4's BeautifulSoup object is a Tag).</summary>
    private static INode? Ascend(INode node, HtmlParseRule rule)
    {
        var depth = rule.TagDepth ?? 1;
        var count = 0;
        for (var parent = node.Parent; parent is IElement or IDocument; parent = parent.Parent)
        {
            if (rule.TagName is null || (parent is IElement element ? element.LocalName == rule.TagName : rule.TagName == DocumentName))
            {
                count++;
            }

            if (count == depth)
            {
                return parent;
            }
        }

        return null;
    }

    private static bool IsMatch(IElement element, HtmlParseRule rule)
    {
        if (rule.TagName is not null && element.LocalName != rule.TagName)
        {
            return false;
        }

        if (rule.TagAttributes is { } attributes)
        {
            foreach (var (name, wanted) in attributes)
            {
                if (!HtmlAttributes.Matches(element, name, wanted))
                {
                    return false;
                }
            }
        }

        return true;
    }
}
