using System.Text.RegularExpressions;

namespace HydraEngine.Parsing.Documents.Soup;

/// <summary>
/// bs4 writes the encoding a <c>&lt;meta&gt;</c> tag declares as the one its text is written in (utf-8): its
/// <c>charset</c> attribute, or else, when <c>http-equiv</c> is <c>content-type</c> (any case), each <c>charset=</c> in
/// <c>content</c>. Only the written markup changes; the attribute values stay as the page gave them.
/// </summary>
internal static partial class SoupMetaCharset
{
    private const string Written = "utf-8";

    /// <summary>The value bs4 writes for attribute <paramref name="attributeName"/> of <paramref name="element"/>.</summary>
    public static string AsWritten(SoupTree tree, int element, string attributeName, string value)
    {
        if (tree.Name(element) != "meta" || attributeName is not ("charset" or "content"))
        {
            return value;
        }

        if (tree.Attribute(element, "charset") is not null)
        {
            return attributeName == "charset" ? Written : value;
        }

        return tree.Attribute(element, "http-equiv") is { } equivalent && equivalent.ToLowerInvariant() == "content-type"
            ? ContentCharset().Replace(value, "${1}" + Written)
            : value;
    }

    /// <summary>bs4's <c>((^|;)\s*charset=)([^;]*)</c> (multiline), with Python's whitespace.</summary>
    [GeneratedRegex("((^|;)[\\t\\n\\v\\f\\r\\x1c-\\x1f \\x85\\xa0\\u1680\\u2000-\\u200a\\u2028\\u2029\\u202f\\u205f\\u3000]*charset=)([^;]*)", RegexOptions.Multiline)]
    private static partial Regex ContentCharset();
}
