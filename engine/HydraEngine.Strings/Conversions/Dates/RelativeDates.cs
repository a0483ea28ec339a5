using System.Globalization;
using System.Text.RegularExpressions;

namespace HydraEngine.Strings.Conversions.Dates;

/// <summary>Relative English date phrases: <c>now</c>, <c>today</c>, <c>yesterday</c>, <c>tomorrow</c>, <c>N units ago</c>, <c>in N units</c>.</summary>
internal static partial class RelativeDates
{
    public static bool TryParse(string text, DateTimeOffset now, out DateTimeOffset result)
    {
        result = now;
        switch (text.ToLowerInvariant())
        {
            case "now" or "just now" or "today":
                return true;
            case "yesterday":
                result = now.AddDays(-1);
                return true;
            case "tomorrow":
                result = now.AddDays(1);
                return true;
        }

        var match = Phrase().Match(text);
        if (!match.Success || match.Groups["in"].Success == match.Groups["ago"].Success)
        {
            return false;
        }

        var amount = match.Groups["n"].Value.ToLowerInvariant() switch
        {
            "a" or "an" or "one" => 1,
            var digits => int.Parse(digits, CultureInfo.InvariantCulture),
        };
        amount = match.Groups["ago"].Success ? -amount : amount;
        result = match.Groups["unit"].Value.ToLowerInvariant() switch
        {
            "second" or "sec" => now.AddSeconds(amount),
            "minute" or "min" => now.AddMinutes(amount),
            "hour" or "hr" => now.AddHours(amount),
            "day" => now.AddDays(amount),
            "week" => now.AddDays(7.0 * amount),
            "month" => now.AddMonths(amount),
            _ => now.AddYears(amount),
        };
        return true;
    }

    [GeneratedRegex(@"^(?:(?<in>in)\s+)?(?<n>\d{1,6}|an?|one)\s+(?<unit>second|sec|minute|min|hour|hr|day|week|month|year)s?(?:\s+(?<ago>ago))?$",
        RegexOptions.CultureInvariant | RegexOptions.IgnoreCase, matchTimeoutMilliseconds: 250)]
    private static partial Regex Phrase();
}
