using HydraEngine.Model.Parsing;
using HydraEngine.Parsing.Documents;

namespace HydraEngine.Parsing.Formulae.Html;

/// <summary>
/// An ascending rule: the n-th ancestor (with the rule's tag name, when it has one) of a node. The document above
/// &lt;html&gt; counts as a level and is named <c>[document]</c> (bs4's BeautifulSoup object is a Tag). Named ancestors
/// come from the index's nearest-ancestor table, so a deep tree costs one lookup per level climbed, not a walk.
/// </summary>
internal static class HtmlAncestors
{
    /// <summary>bs4's name for the BeautifulSoup object, the Tag above &lt;html&gt;.</summary>
    private const string DocumentName = "[document]";

    public static int? Find(int node, HtmlParseRule rule, HtmlIndex index)
    {
        var depth = rule.TagDepth ?? 1;
        if (node == HtmlIndex.DocumentPosition || depth < 1)
        {
            return null;
        }

        if (rule.TagName is null)
        {
            var current = node;
            for (var level = 0; level < depth; level++)
            {
                if (current == HtmlIndex.DocumentPosition)
                {
                    return null;
                }

                current = index.Parent(current);
            }

            return current;
        }

        if (rule.TagName == DocumentName)
        {
            return depth == 1 ? HtmlIndex.DocumentPosition : null;
        }

        var nearest = index.NearestAncestorsNamed(rule.TagName);
        var found = node;
        for (var level = 0; level < depth && found >= 0; level++)
        {
            found = nearest[found];
        }

        return found >= 0 ? found : null;
    }
}
