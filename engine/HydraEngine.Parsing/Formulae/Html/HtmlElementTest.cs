using HydraEngine.Model.Parsing;
using HydraEngine.Parsing.Documents.Soup;

namespace HydraEngine.Parsing.Formulae.Html;

/// <summary>Whether an element passes a rule's tag name and attributes, as bs4's <c>find_all(name, attrs)</c>.</summary>
internal static class HtmlElementTest
{
    public static bool Matches(SoupTree tree, int element, HtmlParseRule rule)
    {
        if (rule.TagName is not null && tree.Name(element) != rule.TagName)
        {
            return false;
        }

        if (rule.TagAttributes is { } attributes)
        {
            foreach (var (name, wanted) in attributes)
            {
                if (!HtmlAttributes.Matches(tree, element, name, wanted))
                {
                    return false;
                }
            }
        }

        return true;
    }
}
