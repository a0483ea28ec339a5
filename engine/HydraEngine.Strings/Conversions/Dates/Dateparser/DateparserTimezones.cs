using System.Text.RegularExpressions;

namespace HydraEngine.Strings.Conversions.Dates.Dateparser;

/// <summary>
/// dateparser's <c>pop_tz_offset_from_string</c>: the first of its 773 zone patterns (names, abbreviations and
/// <c>UTC±hh:mm</c> forms, in its order, from <c>DateparserTimezones.tsv</c>: offset seconds, tab, pattern) that
/// occurs in the text is cut out of it, keeping the character before it.
/// </summary>
internal static class DateparserTimezones
{
    private static readonly Lazy<ZonePattern[]> Zones = new(Load);

    /// <summary>The text without its zone, and the zone's offset in seconds (null when it names none).</summary>
    public static (string Text, int? OffsetSeconds) Pop(string text)
    {
        var ascii = System.Text.Ascii.IsValid(text);
        Span<ulong> pairs = stackalloc ulong[AsciiPairs.Words];
        if (ascii)
        {
            AsciiPairs.Mark(text, pairs);
        }

        foreach (var (pattern, offset, required) in Zones.Value)
        {
            // Every zone pattern needs one of a few literal words; an ASCII text without any of them cannot match it
            // (outside ASCII, case folding may pair other characters, so the pattern always runs). A word whose
            // first two letters (case aside) are not side by side in the text is not in it.
            if (ascii && required.Length > 0 && !ContainsAny(text, pairs, required))
            {
                continue;
            }

            var match = pattern.Match(text);
            if (match.Success)
            {
                return (string.Concat(text.AsSpan(0, match.Index + 1), text.AsSpan(match.Index + match.Length)), offset);
            }
        }

        return (text, null);
    }

    private static bool ContainsAny(string asciiText, ReadOnlySpan<ulong> pairs, string[] words)
    {
        foreach (var word in words)
        {
            if (AsciiPairs.MayContain(pairs, word) && asciiText.Contains(word, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    private static ZonePattern[] Load()
    {
        using var stream = typeof(DateparserTimezones).Assembly.GetManifestResourceStream("HydraEngine.Strings.DateparserTimezones.tsv")
            ?? throw new InvalidOperationException("the dateparser zone table is not embedded");
        using var reader = new StreamReader(stream);
        var zones = new List<ZonePattern>();
        while (reader.ReadLine() is { Length: > 0 } line)
        {
            var tab = line.IndexOf('\t', StringComparison.Ordinal);
            var options = RegexOptions.IgnoreCase | RegexOptions.CultureInvariant;
            var pattern = line[(tab + 1)..];
            zones.Add(new ZonePattern(new Regex(pattern, options, TimeSpan.FromMilliseconds(250)), int.Parse(line.AsSpan(0, tab), System.Globalization.CultureInfo.InvariantCulture), RequiredWords(pattern)));
        }

        return [.. zones];
    }

    /// <summary>
    /// The literal words one of which a match must contain: the zone's name after the leading group (to its first
    /// operator), or UTC and GMT for the <c>(?:UTC|GMT)±hh</c> forms; none when that cannot be read off the pattern.
    /// </summary>
    internal static string[] RequiredWords(string pattern)
    {
        var close = pattern.IndexOf(')', StringComparison.Ordinal);
        var core = close < 0 ? "" : pattern[(close + 1)..];
        if (core.StartsWith("(?:UTC|GMT)", StringComparison.Ordinal))
        {
            return ["UTC", "GMT"];
        }

        var literal = new System.Text.StringBuilder();
        for (var index = 0; index < core.Length; index++)
        {
            if (core[index] == '\\' && index + 1 < core.Length && !char.IsLetterOrDigit(core[index + 1]))
            {
                literal.Append(core[++index]);
            }
            else if (char.IsLetterOrDigit(core[index]) || core[index] is ' ' or ':' or '\'' or '-')
            {
                literal.Append(core[index]);
            }
            else
            {
                if (core[index] is '|')
                {
                    return [];
                }

                if (core[index] is '?' or '*' or '{' && literal.Length > 0)
                {
                    literal.Length--;
                }

                break;
            }
        }

        // Outside ASCII, case folding may pair a character with an ASCII one, so only ASCII words filter.
        return literal.Length == 0 || !System.Text.Ascii.IsValid(literal.ToString()) ? [] : [literal.ToString()];
    }

    private sealed record ZonePattern(Regex Pattern, int OffsetSeconds, string[] Required);
}
