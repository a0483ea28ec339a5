using System.Globalization;
using System.Text;

namespace HydraEngine.Model.Text;

/// <summary>
/// hydrus's tag text rules (<c>HydrusTags.CleanTag</c>, <c>CleanTags</c>, <c>CombineTag</c>, <c>SplitTag</c>;
/// objects.md §16). All work is over Unicode code points, as Python's <c>str</c> is.
/// </summary>
public static class HydrusTags
{
    private const int MaxTagCodePoints = 1024;

    /// <summary>
    /// Cleans one tag: truncate to 1024 code points, Python <c>lower()</c>, <c>":D"</c> → <c>"::d"</c>, then
    /// strips control/format/private-use characters, extra whitespace, leading <c>-</c>/<c>system:</c> and stray
    /// zero-width characters from the whole tag and from its namespace and subtag. The result may be empty.
    /// </summary>
    public static string CleanTag(string tag)
    {
        ArgumentNullException.ThrowIfNull(tag);
        var text = PythonCase.Lower(TruncateCodePoints(tag, MaxTagCodePoints));
        text = text.Length > 1 && text[0] == ':' && text.IndexOf(':', 1) < 0 ? ":" + text : text;

        if (!text.Contains(':'))
        {
            return CleanText(text);
        }

        var (ns, subtag) = SplitTag(CleanText(text));
        return CombineTag(CleanText(ns), CleanText(subtag));
    }

    /// <summary>Cleans every non-null tag and keeps those whose subtag is not empty, as a set (ordinal).</summary>
    public static IReadOnlySet<string> CleanTags(IEnumerable<string?> tags)
    {
        ArgumentNullException.ThrowIfNull(tags);
        var cleaned = new HashSet<string>(StringComparer.Ordinal);
        foreach (var tag in tags)
        {
            var clean = tag is null ? "" : CleanTag(tag);
            if (SplitTag(clean).Subtag.Length > 0)
            {
                cleaned.Add(clean);
            }
        }

        return cleaned;
    }

    /// <summary>
    /// Joins a namespace and subtag: <c>ns:subtag</c>; with no namespace the subtag alone, or <c>":" + subtag</c>
    /// when the subtag itself holds a colon (so it is not read back as namespaced).
    /// </summary>
    public static string CombineTag(string ns, string subtag)
    {
        ArgumentNullException.ThrowIfNull(ns);
        ArgumentNullException.ThrowIfNull(subtag);
        if (ns.Length > 0)
        {
            return string.Concat(ns, ":", subtag);
        }

        return subtag.Contains(':') ? ":" + subtag : subtag;
    }

    /// <summary>Splits at the first colon; an unnamespaced tag has namespace <c>""</c>.</summary>
    public static (string Namespace, string Subtag) SplitTag(string tag)
    {
        ArgumentNullException.ThrowIfNull(tag);
        var colon = tag.IndexOf(':');
        return colon < 0 ? ("", tag) : (tag[..colon], tag[(colon + 1)..]);
    }

    /// <summary>hydrus's <c>StripTagTextOfGumpf</c>.</summary>
    private static string CleanText(string text)
    {
        var cleaned = CollapseAndStrip(RemoveUndesiredCharacters(text));
        cleaned = CollapseAndStrip(StripLeadingGarbage(cleaned));
        if (cleaned.Contains('\u3164') && cleaned.AsSpan().IndexOfAnyInRange('\u1100', '\u11FF') < 0 && cleaned.AsSpan().IndexOfAnyInRange('\uAC00', '\uD7AF') < 0)
        {
            cleaned = cleaned.Replace("\u3164", "", StringComparison.Ordinal);
        }

        if (cleaned.Length > 0 && (IsAllLatinOrZeroWidth(cleaned) || cleaned.AsSpan().IndexOfAnyExcept('\u200C', '\u200D') < 0))
        {
            cleaned = cleaned.Replace("\u200C", "", StringComparison.Ordinal).Replace("\u200D", "", StringComparison.Ordinal);
        }

        return CollapseAndStrip(cleaned);
    }

    private static string StripLeadingGarbage(string text)
    {
        var start = 0;
        while (start < text.Length && (text[start] == '-' || text.AsSpan(start).StartsWith("system:", StringComparison.Ordinal)))
        {
            start += text[start] == '-' ? 1 : "system:".Length;
        }

        return text[start..];
    }

    private static bool IsAllLatinOrZeroWidth(string text)
    {
        foreach (var c in text)
        {
            if (!(c is >= '\u0020' and <= '\u007E' or >= '\u00A0' and <= '\u024F' or '\u200C' or '\u200D'))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Deletes C0/C1 controls, bidi/format marks, BOM, private-use code points and lone surrogates.</summary>
    private static string RemoveUndesiredCharacters(string text)
    {
        StringBuilder? builder = null;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            var pair = char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]);
            var undesired = pair ? char.ConvertToUtf32(c, text[i + 1]) is >= 0xF0000 and <= 0xFFFFD or >= 0x100000 and <= 0x10FFFD : IsUndesiredChar(c);
            builder ??= undesired ? new StringBuilder(text.Length).Append(text, 0, i) : null;
            if (!undesired)
            {
                builder?.Append(text, i, pair ? 2 : 1);
            }

            i += pair ? 1 : 0;
        }

        return builder?.ToString() ?? text;
    }

    private static bool IsUndesiredChar(char c) =>
        c is <= '\u001F' or >= '\u007F' and <= '\u009F' or '\u200B' or '\u200E' or '\u200F' or >= '\u202A' and <= '\u202E'
            or >= '\u2066' and <= '\u2069' or '\uFEFF' or >= '\uE000' and <= '\uF8FF' || char.IsSurrogate(c);

    /// <summary>Replaces each run of Python whitespace with one space, then strips the ends.</summary>
    private static string CollapseAndStrip(string text)
    {
        if (!NeedsCollapse(text))
        {
            return text;
        }

        var builder = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            if (!IsPythonWhitespace(c))
            {
                builder.Append(c);
            }
            else if (builder.Length > 0 && builder[^1] != ' ')
            {
                builder.Append(' ');
            }
        }

        builder.Length -= builder.Length > 0 && builder[^1] == ' ' ? 1 : 0;
        return builder.ToString();
    }

    private static bool NeedsCollapse(string text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            if (IsPythonWhitespace(text[i]) && (text[i] != ' ' || i == 0 || i == text.Length - 1 || text[i + 1] == ' '))
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsPythonWhitespace(char c) => c is >= '\t' and <= '\r' or >= '\x1c' and <= ' ' or '\x85' or '\xa0' or '\u1680'
        or >= '\u2000' and <= '\u200a' or '\u2028' or '\u2029' or '\u202f' or '\u205f' or '\u3000';

    private static string TruncateCodePoints(string text, int maxCodePoints)
    {
        if (text.Length <= maxCodePoints)
        {
            return text;
        }

        var index = 0;
        for (var count = 0; count < maxCodePoints && index < text.Length; count++)
        {
            index += char.IsHighSurrogate(text[index]) && index + 1 < text.Length && char.IsLowSurrogate(text[index + 1]) ? 2 : 1;
        }

        return text[..index];
    }
}
