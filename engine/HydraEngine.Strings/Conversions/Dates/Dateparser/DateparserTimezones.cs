using System.Text.RegularExpressions;

namespace HydraEngine.Strings.Conversions.Dates.Dateparser;

/// <summary>
/// dateparser's <c>pop_tz_offset_from_string</c>: the first of its 773 zone patterns (names, abbreviations and
/// <c>UTC±hh:mm</c> forms, in its order, from <c>DateparserTimezones.tsv</c>: offset seconds, tab, pattern) that
/// occurs in the text is cut out of it, keeping the character before it.
/// </summary>
internal static class DateparserTimezones
{
    private static readonly Lazy<(Regex Pattern, int OffsetSeconds)[]> Zones = new(Load);

    /// <summary>The text without its zone, and the zone's offset in seconds (null when it names none).</summary>
    public static (string Text, int? OffsetSeconds) Pop(string text)
    {
        foreach (var (pattern, offset) in Zones.Value)
        {
            var match = pattern.Match(text);
            if (match.Success)
            {
                return (string.Concat(text.AsSpan(0, match.Index + 1), text.AsSpan(match.Index + match.Length)), offset);
            }
        }

        return (text, null);
    }

    private static (Regex, int)[] Load()
    {
        using var stream = typeof(DateparserTimezones).Assembly.GetManifestResourceStream("HydraEngine.Strings.DateparserTimezones.tsv")
            ?? throw new InvalidOperationException("the dateparser zone table is not embedded");
        using var reader = new StreamReader(stream);
        var zones = new List<(Regex, int)>();
        while (reader.ReadLine() is { Length: > 0 } line)
        {
            var tab = line.IndexOf('\t', StringComparison.Ordinal);
            var options = RegexOptions.IgnoreCase | RegexOptions.CultureInvariant;
            zones.Add((new Regex(line[(tab + 1)..], options, TimeSpan.FromMilliseconds(250)), int.Parse(line.AsSpan(0, tab), System.Globalization.CultureInfo.InvariantCulture)));
        }

        return [.. zones];
    }
}
