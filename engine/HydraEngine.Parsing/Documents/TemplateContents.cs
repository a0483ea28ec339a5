using AngleSharp.Dom;
using AngleSharp.Html.Dom;

namespace HydraEngine.Parsing.Documents;

/// <summary>
/// html5lib (hydrus's tree builder) keeps a <c>&lt;template&gt;</c>'s contents as its ordinary children, so rules find
/// them and strings and markup include them; AngleSharp puts them in the template's content fragment. This moves them back.
/// </summary>
internal static class TemplateContents
{
    public static void MoveIntoTemplates(INode root)
    {
        var stack = new Stack<INode>();
        stack.Push(root);
        while (stack.Count > 0)
        {
            var node = stack.Pop();
            if (node is IHtmlTemplateElement template)
            {
                while (template.Content.FirstChild is { } child)
                {
                    template.AppendChild(child);
                }
            }

            var children = node.ChildNodes;
            for (var i = 0; i < children.Length; i++)
            {
                stack.Push(children[i]);
            }
        }
    }
}
