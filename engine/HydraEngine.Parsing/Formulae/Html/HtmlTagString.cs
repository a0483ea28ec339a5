using System.Text;
using AngleSharp.Dom;

namespace HydraEngine.Parsing.Formulae.Html;

/// <summary>
/// hydrus's <c>GetHTMLTagString</c>: every text, comment and CDATA node below the tag in document order,
/// with a newline on entering each &lt;br&gt; and &lt;p&gt;.
/// </summary>
internal static class HtmlTagString
{
    public static string Of(INode node)
    {
        var builder = new StringBuilder();
        Append(node, builder);
        return builder.ToString();
    }

    private static void Append(INode node, StringBuilder builder)
    {
        for (var child = node.FirstChild; child is not null; child = child.NextSibling)
        {
            switch (child)
            {
                case IElement element:
                    if (element.LocalName is "br" or "p")
                    {
                        builder.Append('\n');
                    }

                    Append(element, builder);
                    break;
                case ICharacterData data:
                    builder.Append(data.Data);
                    break;
                case IDocumentType doctype:
                    builder.Append(doctype.Name);
                    break;
            }
        }
    }
}
