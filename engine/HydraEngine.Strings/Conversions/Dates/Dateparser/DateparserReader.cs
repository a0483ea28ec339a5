using System.Globalization;
using System.Text.RegularExpressions;

namespace HydraEngine.Strings.Conversions.Dates.Dateparser;

/// <summary>
/// <c>dateparser.parse(text)</c> (1.1, default settings): the sanitised text goes to each locale that reads it (as
/// is, or without its time zone), in dateparser's order, until one gives a Unix timestamp, a relative phrase
/// (<see cref="FreshnessDates"/>) or an absolute date in the locale's date order (<see cref="AbsoluteDateReader"/>)
/// of its translation, in its zone when it names one (else local time). Null when no locale reads it. The text is
/// prepared once for all locales, and a locale whose words cannot cover its letters is passed over unsplit
/// (<see cref="KnownWords.MayRead"/>), which leaves dateparser's choice as it is.
/// </summary>
internal static partial class DateparserReader
{
    public static long? Parse(string text, DateTimeOffset now, TimeZoneInfo localZone) => Parse(text, new DateNow(now), localZone);

    public static long? Parse(string text, DateNow now, TimeZoneInfo localZone)
    {
        var sanitised = DateparserSanitizer.Sanitize(text);
        var prepared = LocaleText.Prepare(sanitised);
        var withoutZone = new Lazy<LocaleText?>(() => WithoutZone(sanitised), LazyThreadSafetyMode.None);
        foreach (var locale in DateparserLocales.All)
        {
            // as dateparser, the text without its zone is made only for a locale that cannot read the text as it is
            var tokens = locale.Read(prepared);
            if (tokens is null && (withoutZone.Value is not { } stripped || locale.Read(stripped) is null))
            {
                continue;
            }

            if (ParseIn(locale, tokens ?? locale.Tokens(prepared), sanitised, now, localZone) is { } seconds)
            {
                return seconds;
            }
        }

        return null;
    }

    /// <summary>The prepared text without its time zone, or null when it names none.</summary>
    private static LocaleText? WithoutZone(string sanitised)
    {
        var (stripped, _) = DateparserTimezones.Pop(sanitised);
        return stripped == sanitised ? null : LocaleText.Prepare(stripped);
    }

    private static long? ParseIn(DateparserLocale locale, List<string> tokens, string sanitised, DateNow now, TimeZoneInfo localZone)
    {
        if (Timestamp().Match(sanitised) is { Success: true } timestamp)
        {
            return long.Parse(timestamp.Groups[1].Value, CultureInfo.InvariantCulture);
        }

        var translated = locale.Translate(tokens);
        var (withoutZone, offset) = DateparserTimezones.Pop(DateparserSanitizer.StripBraces(translated));
        if (FreshnessDates.Parse(withoutZone, offset, now, localZone) is { } relative)
        {
            return relative;
        }

        if (Python.PythonChars.Strip(translated).Length == 0)
        {
            return null;
        }

        if (withoutZone.Length == 0 || AbsoluteDateReader.Parse(withoutZone, locale.DateOrder, now) is not { } date)
        {
            return null;
        }

        return offset is { } seconds ? HydrusTimestamp.FromOffset(date, seconds) : HydrusTimestamp.FromLocal(date, localZone);
    }

    [GeneratedRegex(@"^(\d{10})(\d{3})?(\d{3})?(?![^.])", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 250)]
    private static partial Regex Timestamp();
}
