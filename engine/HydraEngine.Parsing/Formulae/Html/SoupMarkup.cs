using System.Text;
using AngleSharp.Dom;
using HydraEngine.Model.Text;

namespace HydraEngine.Parsing.Formulae.Html;

/// <summary>
/// A node's markup as BeautifulSoup's <c>str(tag)</c> writes it (the "minimal" formatter): attributes sorted by
/// name (bs4's <c>Formatter.attributes</c>: <c>sorted(tag.attrs.items())</c>, code point order) in double quotes, <c>&amp; &lt; &gt;</c> escaped, script/style text raw, void elements as <c>&lt;br/&gt;</c>.
/// </summary>
internal static class SoupMarkup
{
    private static readonly HashSet<string> VoidElements =
    [
        "area", "base", "br", "col", "embed", "hr", "img", "input", "keygen", "link", "menuitem", "meta", "param",
        "source", "track", "wbr", "basefont", "bgsound", "command", "frame", "image", "isindex", "nextid", "spacer",
    ];

    public static string Of(INode node)
    {
        var builder = new StringBuilder();
        if (node is IDocument document)
        {
            AppendChildren(document, builder);
        }
        else
        {
            Append(node, builder);
        }

        return builder.ToString();
    }

    private static void Append(INode node, StringBuilder builder)
    {
        switch (node)
        {
            case IElement element:
                AppendElement(element, builder);
                break;
            case IComment comment:
                builder.Append("<!--").Append(comment.Data).Append("-->");
                break;
            case IText text:
                var raw = text.Parent is IElement { LocalName: "script" or "style" };
                AppendEscaped(builder, text.Data, raw);
                break;
            case IDocumentType doctype:
                builder.Append("<!DOCTYPE ").Append(doctype.Name).Append('>');
                break;
            case IProcessingInstruction instruction:
                builder.Append("<?").Append(instruction.Target).Append(' ').Append(instruction.Data).Append('>');
                break;
        }
    }

    private static void AppendElement(IElement element, StringBuilder builder)
    {
        var name = element.LocalName;
        builder.Append('<').Append(element.Prefix is null ? name : element.Prefix + ":" + name);
        foreach (var attribute in SortedAttributes(element))
        {
            var value = HtmlAttributes.IsMultiValued(name, attribute.Name) ? HtmlAttributes.Fetch(element, HtmlAttributes.SoupName(attribute))! : attribute.Value;
            builder.Append(' ').Append(HtmlAttributes.SoupName(attribute)).Append('=');
            AppendAttributeValue(builder, value);
        }

        if (VoidElements.Contains(name) && element.FirstChild is null)
        {
            builder.Append("/>");
            return;
        }

        builder.Append('>');
        AppendChildren(element, builder);
        builder.Append("</").Append(element.Prefix is null ? name : element.Prefix + ":" + name).Append('>');
    }

    private static IEnumerable<IAttr> SortedAttributes(IElement element)
    {
        var attributes = element.Attributes;
        if (attributes.Length < 2)
        {
            return attributes;
        }

        var sorted = attributes.ToArray();
        Array.Sort(sorted, static (left, right) => PythonText.CodePointComparer.Compare(HtmlAttributes.SoupName(left), HtmlAttributes.SoupName(right)));
        return sorted;
    }

    private static void AppendChildren(INode parent, StringBuilder builder)
    {
        for (var child = parent.FirstChild; child is not null; child = child.NextSibling)
        {
            Append(child, builder);
        }
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

    private static void AppendEscaped(StringBuilder builder, string text, bool raw)
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
