using System.Text;
using HydraEngine.Model.Text;
using HydraEngine.Parsing.Formulae.Html;

namespace HydraEngine.Parsing.Documents.Soup;

/// <summary>
/// A node's markup as BeautifulSoup's <c>str(tag)</c> writes it (the "minimal" formatter): attributes sorted by name
/// (bs4's <c>Formatter.attributes</c>: <c>sorted(tag.attrs.items())</c>, code point order) in double quotes,
/// <c>&amp; &lt; &gt;</c> escaped, script/style text raw, childless void elements as <c>&lt;br/&gt;</c>. One pass over
/// the node's range of the tree with a stack of open end tags: linear however deep or wide the subtree.
/// </summary>
internal static class SoupTreeMarkup
{
    private static readonly HashSet<string> VoidElements =
    [
        "area", "base", "br", "col", "embed", "hr", "img", "input", "keygen", "link", "menuitem", "meta", "param",
        "source", "track", "wbr", "basefont", "bgsound", "command", "frame", "image", "isindex", "nextid", "spacer",
    ];

    public static string Of(SoupTree tree, int node)
    {
        var builder = new StringBuilder();
        var closing = new Stack<int>();
        var end = tree.End(node);
        for (var i = tree.Kind(node) == SoupNodeKind.Document ? node + 1 : node; i < end; i++)
        {
            while (closing.Count > 0 && tree.End(closing.Peek()) <= i)
            {
                builder.Append("</").Append(tree.Name(closing.Pop())).Append('>');
            }

            switch (tree.Kind(i))
            {
                case SoupNodeKind.Element:
                    if (AppendStartTag(tree, i, builder))
                    {
                        closing.Push(i);
                    }

                    break;
                case SoupNodeKind.Comment:
                    builder.Append("<!--").Append(tree.Data(i)).Append("-->");
                    break;
                case SoupNodeKind.Text:
                    var parent = tree.Parent(i);
                    AppendEscaped(builder, tree.Data(i), raw: tree.Kind(parent) == SoupNodeKind.Element && tree.Name(parent) is "script" or "style");
                    break;
                case SoupNodeKind.Doctype:
                    builder.Append("<!DOCTYPE ").Append(tree.Data(i)).Append('>');
                    break;
            }
        }

        while (closing.Count > 0)
        {
            builder.Append("</").Append(tree.Name(closing.Pop())).Append('>');
        }

        return builder.ToString();
    }

    /// <summary>Writes the start tag; false for a childless void element, written whole as <c>&lt;br/&gt;</c>.</summary>
    private static bool AppendStartTag(SoupTree tree, int element, StringBuilder builder)
    {
        var name = tree.Name(element);
        builder.Append('<').Append(name);
        foreach (var attribute in SortedAttributes(tree, element))
        {
            var attributeName = tree.AttributeName(attribute);
            var value = SoupMetaCharset.AsWritten(tree, element, attributeName, tree.AttributeValue(attribute));
            if (HtmlAttributes.IsMultiValued(name, attributeName))
            {
                value = string.Join(' ', HtmlAttributes.Tokens(value));
            }

            builder.Append(' ').Append(attributeName).Append('=');
            AppendAttributeValue(builder, value);
        }

        if (VoidElements.Contains(name) && !tree.HasChildren(element))
        {
            builder.Append("/>");
            return false;
        }

        builder.Append('>');
        return true;
    }

    private static IEnumerable<int> SortedAttributes(SoupTree tree, int element)
    {
        var (start, count) = tree.Attributes(element);
        var sorted = true;
        for (var i = start + 1; i < start + count && sorted; i++)
        {
            sorted = PythonText.CodePointComparer.Compare(tree.AttributeName(i - 1), tree.AttributeName(i)) < 0;
        }

        var ordered = Enumerable.Range(start, count).ToArray();
        if (!sorted)
        {
            Array.Sort(ordered, (left, right) => PythonText.CodePointComparer.Compare(tree.AttributeName(left), tree.AttributeName(right)));
        }

        return ordered;
    }

    /// <summary>bs4 escapes &amp; &lt; &gt; first, then quotes: double, single when the value has a double quote, &amp;quot; when it has both.</summary>
    private static void AppendAttributeValue(StringBuilder builder, string value)
    {
        var escaped = new StringBuilder(value.Length);
        AppendEscaped(escaped, value, raw: false);
        var text = escaped.ToString();
        var quote = '"';
        if (text.Contains('"'))
        {
            if (text.Contains('\''))
            {
                text = text.Replace("\"", "&quot;", StringComparison.Ordinal);
            }
            else
            {
                quote = '\'';
            }
        }

        builder.Append(quote).Append(text).Append(quote);
    }

    private static void AppendEscaped(StringBuilder builder, ReadOnlySpan<char> text, bool raw)
    {
        if (raw)
        {
            builder.Append(text);
            return;
        }

        foreach (var character in text)
        {
            _ = character switch
            {
                '&' => builder.Append("&amp;"),
                '<' => builder.Append("&lt;"),
                '>' => builder.Append("&gt;"),
                _ => builder.Append(character),
            };
        }
    }
}
