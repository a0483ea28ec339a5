using System.Globalization;
using System.Text.RegularExpressions;

namespace HydraEngine.Strings.Conversions.Dates.Dateparser;

/// <summary>
/// <c>dateparser.parse(text)</c> (1.1, default settings): the sanitised text goes to each locale that reads it (as
/// is, or without its time zone), in dateparser's order, until one gives a Unix timestamp, a relative phrase
/// (<see cref="FreshnessDates"/>) or an absolute date in the locale's date order (<see cref="AbsoluteDateReader"/>)
/// of its translation, in its zone when it names one (else local time). Null when no locale reads it.
/// </summary>
internal static partial class DateparserReader
{
    public static long? Parse(string text, DateTimeOffset now, TimeZoneInfo localZone)
    {
        var sanitised = DateparserSanitizer.Sanitize(text);
        var (stripped, _) = DateparserTimezones.Pop(sanitised);
        foreach (var locale in DateparserLocales.All)
        {
            if ((locale.IsApplicable(sanitised) || stripped != sanitised && locale.IsApplicable(stripped))
                && ParseIn(locale, sanitised, now, localZone) is { } seconds)
            {
                return seconds;
            }
        }

        return null;
    }

    private static long? ParseIn(DateparserLocale locale, string sanitised, DateTimeOffset now, TimeZoneInfo localZone)
    {
        if (Timestamp().Match(sanitised) is { Success: true } timestamp)
        {
            return long.Parse(timestamp.Groups[1].Value, CultureInfo.InvariantCulture);
        }

        var translated = locale.Translate(sanitised);
        if (FreshnessDates.Parse(translated, now, localZone) is { } relative)
        {
            return relative;
        }

        if (Python.PythonChars.Strip(translated).Length == 0)
        {
            return null;
        }

        var (withoutZone, offset) = DateparserTimezones.Pop(DateparserSanitizer.StripBraces(translated));
        if (withoutZone.Length == 0 || AbsoluteDateReader.Parse(withoutZone, locale.DateOrder, now.UtcDateTime) is not { } date)
        {
            return null;
        }

        return offset is { } seconds ? HydrusTimestamp.FromOffset(date, seconds) : HydrusTimestamp.FromLocal(date, localZone);
    }

    [GeneratedRegex(@"^(\d{10})(\d{3})?(\d{3})?(?![^.])", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 250)]
    private static partial Regex Timestamp();
}
