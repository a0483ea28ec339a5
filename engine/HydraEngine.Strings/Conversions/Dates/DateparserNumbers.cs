using System.Globalization;
using System.Text.RegularExpressions;

namespace HydraEngine.Strings.Conversions.Dates;

/// <summary>
/// How hydrus's easy date decode (dateparser 1.1, then dateutil) reads short numeric texts, measured against it: the
/// missing parts come from today at midnight (local time). A lone 1-12 is a month, 13-31 a day of this month, 32-99 a
/// two-digit year (69-99 in the 1900s); three or four digits (optionally <c>.0</c>) are a year; <c>h.mm</c> and
/// <c>h:m</c> are a time today; <c>m-d</c> and <c>m/d</c> a day of this year; <c>dEm</c> (a float literal such as
/// <c>1e3</c>) is day d of month m, or of year m when m is over 12. Unicode digits (<c>３</c>, <c>²</c>) count.
/// </summary>
internal static partial class DateparserNumbers
{
    public static bool TryParse(string text, DateTime today, out DateTime result)
    {
        result = default;
        var normalised = Digits(text);
        if (normalised is null)
        {
            return false;
        }

        Match match;
        if ((match = Lone().Match(normalised)).Success)
        {
            var value = int.Parse(match.Groups["n"].Value, CultureInfo.InvariantCulture);
            return match.Groups["minus"].Success
                ? value >= 10 && TryDate(TwoDigitYear(value), today.Month, today.Day, out result)
                : value switch
                {
                    0 => false,
                    <= 12 => TryDate(today.Year, value, today.Day, out result),
                    <= 31 => TryDate(today.Year, today.Month, value, out result),
                    _ => TryDate(TwoDigitYear(value), today.Month, today.Day, out result),
                };
        }

        if ((match = Year().Match(normalised)).Success)
        {
            return TryDate(int.Parse(match.Groups["y"].Value, CultureInfo.InvariantCulture), today.Month, today.Day, out result);
        }

        if ((match = Time().Match(normalised)).Success)
        {
            var (hour, minute) = (Number(match, "h"), Number(match, "m"));
            result = today.Date.AddHours(hour).AddMinutes(minute);
            return hour < 24 && minute < 60;
        }

        if ((match = MonthDay().Match(normalised)).Success)
        {
            return TryDate(today.Year, Number(match, "m"), Number(match, "d"), out result);
        }

        if ((match = FloatLiteral().Match(normalised)).Success)
        {
            var (day, other) = (Number(match, "d"), Number(match, "x"));
            return other is >= 1 and <= 12 ? TryDate(today.Year, other, day, out result) : other < 100 && TryDate(TwoDigitYear(other), today.Month, day, out result);
        }

        return false;
    }

    private static int Number(Match match, string group) => int.Parse(match.Groups[group].Value, CultureInfo.InvariantCulture);

    private static int TwoDigitYear(int value) => value < 69 ? 2000 + value : value < 100 ? 1900 + value : value;

    private static bool TryDate(int year, int month, int day, out DateTime result)
    {
        result = default;
        if (year < 1 || year > 9999 || month < 1 || month > 12 || day < 1 || day > DateTime.DaysInMonth(year, month))
        {
            return false;
        }

        result = new DateTime(year, month, day, 0, 0, 0, DateTimeKind.Unspecified);
        return true;
    }

    /// <summary>The text with every Unicode digit as its ASCII digit, or null when it is long or has letters other than e/E.</summary>
    private static string? Digits(string text)
    {
        if (text.Length > 12)
        {
            return null;
        }

        var characters = new char[text.Length];
        for (var i = 0; i < text.Length; i++)
        {
            var digit = CharUnicodeInfo.GetDigitValue(text[i]);
            characters[i] = digit >= 0 ? (char)('0' + digit) : text[i];
        }

        return new string(characters).Trim();
    }

    [GeneratedRegex(@"^(?:\+|(?<minus>-))?(?<n>[0-9]{1,2})$", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 250)]
    private static partial Regex Lone();

    [GeneratedRegex(@"^(?<y>[0-9]{3,4})(?:\.0)?$", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 250)]
    private static partial Regex Year();

    [GeneratedRegex(@"^(?<h>[0-9]{1,2})(?:\.(?<m>[0-9]{2})|:(?<m>[0-9]{1,2}))$", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 250)]
    private static partial Regex Time();

    [GeneratedRegex(@"^(?<m>[0-9]{1,2})[-/](?<d>[0-9]{1,2})$", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 250)]
    private static partial Regex MonthDay();

    [GeneratedRegex(@"^(?<d>[0-9])[eE][-+]?0*(?<x>[0-9]{1,2})$", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 250)]
    private static partial Regex FloatLiteral();
}
