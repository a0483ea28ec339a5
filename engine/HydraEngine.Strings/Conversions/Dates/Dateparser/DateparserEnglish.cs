using System.Globalization;
using System.Text.RegularExpressions;

namespace HydraEngine.Strings.Conversions.Dates.Dateparser;

/// <summary>
/// <c>dateparser.parse(text)</c> (1.1, default settings) where its first locale, English, reads the text: the
/// sanitised text is English to it (as is, or without its time zone), then a Unix timestamp, a relative phrase
/// (<see cref="FreshnessDates"/>) or an absolute date (<see cref="AbsoluteDateReader"/>) of its translation, in its
/// zone when it names one (else local time). Null when English does not read it (dateparser would go on to its
/// other locales, which this does not have).
/// </summary>
internal static partial class DateparserEnglish
{
    public static long? Parse(string text, DateTimeOffset now, TimeZoneInfo localZone)
    {
        var sanitised = DateparserSanitizer.Sanitize(text);
        if (!EnglishLocale.IsApplicable(sanitised))
        {
            var (stripped, _) = DateparserTimezones.Pop(sanitised);
            if (stripped == sanitised || !EnglishLocale.IsApplicable(stripped))
            {
                return null;
            }
        }

        if (Timestamp().Match(sanitised) is { Success: true } timestamp)
        {
            return long.Parse(timestamp.Groups[1].Value, CultureInfo.InvariantCulture);
        }

        var translated = EnglishLocale.Translate(sanitised);
        if (FreshnessDates.Parse(translated, now, localZone) is { } relative)
        {
            return relative;
        }

        if (Python.PythonChars.Strip(translated).Length == 0)
        {
            return null;
        }

        var (withoutZone, offset) = DateparserTimezones.Pop(DateparserSanitizer.StripBraces(translated));
        if (withoutZone.Length == 0 || AbsoluteDateReader.Parse(withoutZone, now.UtcDateTime) is not { } date)
        {
            return null;
        }

        return offset is { } seconds ? HydrusTimestamp.FromOffset(date, seconds) : HydrusTimestamp.FromLocal(date, localZone);
    }

    [GeneratedRegex(@"^(\d{10})(\d{3})?(\d{3})?(?![^.])", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 250)]
    private static partial Regex Timestamp();
}
