using System.Text;
using AngleSharp.Dom;

namespace HydraEngine.Parsing.Formulae.Html;

/// <summary>
/// hydrus's <c>GetHTMLTagString</c>: every text, comment and CDATA node below the tag in document order,
/// with a newline on entering each &lt;br&gt; and &lt;p&gt;. Walks with its own stack and reads children by index,
/// so a tree 200,000 levels deep or a parent with a million children costs time linear in the subtree.
/// </summary>
internal static class HtmlTagString
{
    public static string Of(INode node)
    {
        var builder = new StringBuilder();
        var stack = new Stack<(INodeList Children, int Next)>();
        stack.Push((node.ChildNodes, 0));
        while (stack.TryPop(out var frame))
        {
            if (frame.Next >= frame.Children.Length)
            {
                continue;
            }

            var child = frame.Children[frame.Next];
            stack.Push((frame.Children, frame.Next + 1));
            switch (child)
            {
                case IElement element:
                    if (element.LocalName is "br" or "p")
                    {
                        builder.Append('\n');
                    }

                    stack.Push((element.ChildNodes, 0));
                    break;
                case ICharacterData data:
                    builder.Append(data.Data);
                    break;
                case IDocumentType doctype:
                    builder.Append(doctype.Name);
                    break;
            }
        }

        return builder.ToString();
    }
}
