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
        var stack = new Stack<(INodeList Children, int Next, IElement? Closing)>();
        if (node is IDocument document)
        {
            stack.Push((document.ChildNodes, 0, null));
        }
        else
        {
            Open(node, builder, stack);
        }

        // its own stack, children read by index: a tree 200,000 levels deep or a million children costs linear time
        while (stack.TryPop(out var frame))
        {
            if (frame.Next < frame.Children.Length)
            {
                stack.Push(frame with { Next = frame.Next + 1 });
                Open(frame.Children[frame.Next], builder, stack);
            }
            else if (frame.Closing is { } element)
            {
                builder.Append("</").Append(QualifiedName(element)).Append('>');
            }
        }

        return builder.ToString();
    }

    /// <summary>Writes a node, or an element's start tag (pushing its children and end tag for the caller's loop).</summary>
    private static void Open(INode node, StringBuilder builder, Stack<(INodeList Children, int Next, IElement? Closing)> stack)
    {
        switch (node)
        {
            case IElement element:
                if (AppendStartTag(element, builder))
                {
                    stack.Push((element.ChildNodes, 0, element));
                }

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

    /// <summary>Writes the start tag; false for a childless void element, written whole as <c>&lt;br/&gt;</c>.</summary>
    private static bool AppendStartTag(IElement element, StringBuilder builder)
    {
        var name = element.LocalName;
        builder.Append('<').Append(QualifiedName(element));
        foreach (var attribute in SortedAttributes(element))
        {
            var value = HtmlAttributes.IsMultiValued(name, attribute.Name) ? HtmlAttributes.Fetch(element, HtmlAttributes.SoupName(attribute))! : attribute.Value;
            builder.Append(' ').Append(HtmlAttributes.SoupName(attribute)).Append('=');
            AppendAttributeValue(builder, value);
        }

        if (VoidElements.Contains(name) && element.ChildNodes.Length == 0)
        {
            builder.Append("/>");
            return false;
        }

        builder.Append('>');
        return true;
    }

    private static string QualifiedName(IElement element) => element.Prefix is null ? element.LocalName : element.Prefix + ":" + element.LocalName;

    private static IEnumerable<IAttr> SortedAttributes(IElement element)
    {
        var attributes = element.Attributes;
        var sorted = true;
        for (var i = 1; i < attributes.Length && sorted; i++)
        {
            sorted = PythonText.CodePointComparer.Compare(HtmlAttributes.SoupName(attributes[i - 1]!), HtmlAttributes.SoupName(attributes[i]!)) < 0;
        }

        if (sorted)
        {
            return attributes;
        }

        var ordered = attributes.ToArray();
        Array.Sort(ordered, static (left, right) => PythonText.CodePointComparer.Compare(HtmlAttributes.SoupName(left), HtmlAttributes.SoupName(right)));
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
