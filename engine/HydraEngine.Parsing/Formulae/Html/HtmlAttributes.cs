using HydraEngine.Model.Text;
using HydraEngine.Parsing.Documents.Soup;

namespace HydraEngine.Parsing.Formulae.Html;

/// <summary>
/// Attribute values as BeautifulSoup presents them: some attributes are multi-valued (a whitespace-split
/// list split on Python whitespace, <c>\x1c</c>-<c>\x1f</c> included), the rest plain strings. Names are looked up exactly as
/// written: the tree builder lowercased them (SVG/MathML names adjusted, namespaced ones keep their prefix as bs4 shows
/// them, <c>xlink:href</c>), so <c>CLASS</c> finds nothing, as in bs4.
/// </summary>
internal static class HtmlAttributes
{
    private static readonly string[] AnyElement = ["class", "accesskey", "dropzone"];

    /// <summary>bs4's default cdata-list attributes for the HTML tree builders.</summary>
    public static bool IsMultiValued(string element, string attribute) =>
        Array.IndexOf(AnyElement, attribute) >= 0 || (element, attribute) switch
        {
            ("a" or "link", "rel" or "rev") => true,
            ("td" or "th", "headers") => true,
            ("form", "accept-charset") => true,
            ("object", "archive") => true,
            ("area", "rel") => true,
            ("icon", "sizes") => true,
            ("iframe", "sandbox") => true,
            ("output", "for") => true,
            _ => false,
        };

    /// <summary>The value hydrus fetches: multi-valued attributes re-joined with single spaces. Null when absent.</summary>
    public static string? Fetch(SoupTree tree, int element, string name)
    {
        var value = tree.Attribute(element, name);
        if (value is null)
        {
            return null;
        }

        return IsMultiValued(tree.Name(element), name) ? string.Join(' ', Tokens(value)) : value;
    }

    /// <summary>
    /// bs4's attribute test: an absent attribute matches only a falsy wanted value (""); a multi-valued one
    /// matches when any token or the space-joined tokens equal the wanted value; others compare exactly.
    /// </summary>
    public static bool Matches(SoupTree tree, int element, string name, string wanted)
    {
        var value = tree.Attribute(element, name);
        if (value is null)
        {
            return wanted.Length == 0;
        }

        if (!IsMultiValued(tree.Name(element), name))
        {
            return value == wanted;
        }

        if (HasToken(value, wanted))
        {
            return true;
        }

        // a single token equal to the wanted value was handled above; joined tokens matter only with spaces or for ""
        return (wanted.Length == 0 || wanted.Contains(' ')) && string.Join(' ', Tokens(value)) == wanted;
    }

    /// <summary>Whether one whitespace-separated token of <paramref name="value"/> equals <paramref name="wanted"/>, without allocating.</summary>
    private static bool HasToken(string value, string wanted)
    {
        var start = -1;
        for (var i = 0; i <= value.Length; i++)
        {
            var isSpace = i == value.Length || PythonText.IsSpace(value[i]);
            if (!isSpace && start < 0)
            {
                start = i;
            }
            else if (isSpace && start >= 0)
            {
                if (value.AsSpan(start, i - start).SequenceEqual(wanted))
                {
                    return true;
                }

                start = -1;
            }
        }

        return false;
    }

    /// <summary>The value split on Python whitespace, as bs4 splits multi-valued attributes.</summary>
    internal static List<string> Tokens(string value)
    {
        var tokens = new List<string>();
        var start = -1;
        for (var i = 0; i <= value.Length; i++)
        {
            var isSpace = i == value.Length || PythonText.IsSpace(value[i]);
            if (!isSpace && start < 0)
            {
                start = i;
            }
            else if (isSpace && start >= 0)
            {
                tokens.Add(value[start..i]);
                start = -1;
            }
        }

        return tokens;
    }
}
