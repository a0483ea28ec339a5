using System.Globalization;
using System.Text.RegularExpressions;

namespace HydraEngine.Strings.Conversions.Dates;

/// <summary>
/// Natural-language date reading for type 14 as hydrus does it (<c>dateparser</c> 1.1, then <c>dateutil</c>): first
/// the port of dateparser (its locales, date orders and parsers) (<see cref="Dateparser.DateparserReader"/>); texts no locale reads
/// (dateutil) fall back to best-effort readings: Unix timestamps, short numbers, relative
/// phrases, then ISO-8601, RFC-1123 and common English formats. Naive results are local time; an explicit zone
/// (offset, <c>Z</c>, or a common abbreviation such as <c>EST</c>) is honoured.
/// </summary>
internal static partial class EasyDateParser
{
    private static readonly string[] ExactFormats =
    [
        "yyyyMMdd", "yyyyMMddHHmmss", "yyyy-MM-dd'T'HH:mm:ss.FFFFFFFK", "yyyy-MM-dd HH:mm:ss.FFFFFFFK", "yyyy.MM.dd", "yyyy.MM.dd HH:mm",
        "ddd MMM d HH:mm:ss zzz yyyy", "ddd MMM d HH:mm:ss yyyy", "d MMMM yyyy", "d MMM yyyy", "MMMM d yyyy", "MMM d yyyy",
        "d MMMM yyyy HH:mm", "d MMM yyyy HH:mm", "MMMM d yyyy h:mm tt", "MMM d yyyy h:mm tt", "d.M.yyyy", "d.M.yyyy HH:mm",
    ];

    /// <summary>Offsets of common zone abbreviations (hours east of UTC).</summary>
    private static readonly Dictionary<string, string> ZoneAbbreviations = new(StringComparer.OrdinalIgnoreCase)
    {
        ["UTC"] = "+00:00", ["GMT"] = "+00:00", ["UT"] = "+00:00", ["Z"] = "+00:00", ["EST"] = "-05:00", ["EDT"] = "-04:00",
        ["CST"] = "-06:00", ["CDT"] = "-05:00", ["MST"] = "-07:00", ["MDT"] = "-06:00", ["PST"] = "-08:00", ["PDT"] = "-07:00",
        ["BST"] = "+01:00", ["CET"] = "+01:00", ["CEST"] = "+02:00", ["EET"] = "+02:00", ["EEST"] = "+03:00", ["MSK"] = "+03:00",
        ["IST"] = "+05:30", ["JST"] = "+09:00", ["KST"] = "+09:00", ["AEST"] = "+10:00", ["AEDT"] = "+11:00",
    };

    /// <summary>The Unix time (truncated) of a date text.</summary>
    /// <exception cref="FormatException">Nothing could read the text.</exception>
    public static long Parse(string text, DateTimeOffset now, TimeZoneInfo localZone)
    {
        if (Dateparser.DateparserReader.Parse(text, now, localZone) is { } english)
        {
            return english;
        }

        var trimmed = text.Trim();
        if (UnixTime().Match(trimmed) is { Success: true } unix)
        {
            var seconds = long.Parse(unix.Groups["s"].Value, CultureInfo.InvariantCulture);
            return seconds;
        }

        if (DateparserNumbers.TryParse(trimmed, TimeZoneInfo.ConvertTime(now, localZone).DateTime.Date, out var numeric))
        {
            return LocalTime.LocalSeconds(numeric, localZone);
        }

        if (RelativeDates.TryParse(trimmed, now, out var relative))
        {
            return relative.ToUnixTimeSeconds();
        }

        var prepared = ReplaceZoneAbbreviation(Ordinal().Replace(trimmed, "").Replace(",", " ", StringComparison.Ordinal));
        prepared = Spaces().Replace(prepared, " ").Trim();
        const DateTimeStyles Styles = DateTimeStyles.AllowWhiteSpaces | DateTimeStyles.RoundtripKind;
        if (DateTime.TryParseExact(prepared, ExactFormats, CultureInfo.InvariantCulture, Styles, out var exact)
            || DateTime.TryParse(prepared, CultureInfo.InvariantCulture, Styles, out exact))
        {
            return exact.Kind == DateTimeKind.Unspecified
                ? LocalTime.LocalSeconds(exact, localZone)
                : LocalTime.UtcSeconds(DateTime.SpecifyKind(exact.ToUniversalTime(), DateTimeKind.Unspecified));
        }

        throw new FormatException($"Sorry, could not parse that date: \"{text}\"");
    }

    private static string ReplaceZoneAbbreviation(string text)
    {
        var space = text.LastIndexOf(' ');
        if (space > 0 && ZoneAbbreviations.TryGetValue(text[(space + 1)..], out var offset))
        {
            return string.Concat(text.AsSpan(0, space), " ", offset);
        }

        return text;
    }

    [GeneratedRegex(@"^(?<s>\d{10})(?:\d{3}){0,2}$", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 250)]
    private static partial Regex UnixTime();

    [GeneratedRegex(@"(?<=\d)(?:st|nd|rd|th)\b", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase, matchTimeoutMilliseconds: 250)]
    private static partial Regex Ordinal();

    [GeneratedRegex(@"\s+", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 250)]
    private static partial Regex Spaces();
}
