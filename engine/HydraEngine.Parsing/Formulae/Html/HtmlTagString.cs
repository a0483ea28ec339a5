using System.Text;
using HydraEngine.Parsing.Documents.Soup;

namespace HydraEngine.Parsing.Formulae.Html;

/// <summary>
/// hydrus's <c>GetHTMLTagString</c>: every text, comment and CDATA node below the tag in document order,
/// with a newline on entering each &lt;br&gt; and &lt;p&gt;. The subtree is a range of the tree, so this is one linear
/// pass however deep or wide it is.
/// </summary>
internal static class HtmlTagString
{
    public static string Of(SoupTree tree, int node)
    {
        var builder = new StringBuilder();
        var end = tree.End(node);
        for (var i = node + 1; i < end; i++)
        {
            switch (tree.Kind(i))
            {
                case SoupNodeKind.Element:
                    if (tree.Name(i) is "br" or "p")
                    {
                        builder.Append('\n');
                    }

                    break;
                default:
                    builder.Append(tree.Data(i));
                    break;
            }
        }

        return builder.ToString();
    }
}
