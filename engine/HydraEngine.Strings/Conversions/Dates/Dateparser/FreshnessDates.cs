using System.Globalization;
using System.Text.RegularExpressions;

namespace HydraEngine.Strings.Conversions.Dates.Dateparser;

/// <summary>
/// dateparser's <c>FreshnessDateDataParser</c> on a translated text: when every word is a unit, a number, <c>ago</c>,
/// <c>in</c> or am/pm, each "N unit" moves now back (forward with <c>in</c>), at the time of day the rest names.
/// </summary>
internal static partial class FreshnessDates
{
    /// <summary>The timestamp of a translated text without braces and its zone (<see cref="DateparserTimezones.Pop"/>), or null.</summary>
    public static long? Parse(string withoutZone, int? offset, DateNow clock, TimeZoneInfo localZone)
    {
        var words = NonWord().Split(Spaces().Replace(Python.PythonChars.Strip(withoutZone), " ")).Where(word => word.Length > 0);
        if (!words.All(word => UnitWord().IsMatch(word)))
        {
            return null;
        }

        var amounts = new Dictionary<string, double>();
        foreach (Match match in Amount().Matches(withoutZone))
        {
            amounts[match.Groups[2].Value.ToLowerInvariant()] = double.Parse(match.Groups[1].Value.Replace(',', '.'), CultureInfo.InvariantCulture);
        }

        if (amounts.Count == 0)
        {
            return null;
        }

        var sign = In().IsMatch(withoutZone) ? 1 : -1;
        var now = clock.Value;
        var zone = offset is { } seconds ? TimeSpan.FromSeconds(seconds) : localZone.GetUtcOffset(now);
        var date = now.ToOffset(zone).DateTime;
        try
        {
            var years = amounts.GetValueOrDefault("year") + (10 * amounts.GetValueOrDefault("decade"));
            var months = amounts.GetValueOrDefault("month");
            if (years != Math.Floor(years) || months != Math.Floor(months))
            {
                return null;
            }

            date = date.AddYears(sign * (int)years).AddMonths(sign * (int)months)
                .AddDays(sign * ((7 * amounts.GetValueOrDefault("week")) + amounts.GetValueOrDefault("day")))
                .AddHours(sign * amounts.GetValueOrDefault("hour")).AddMinutes(sign * amounts.GetValueOrDefault("minute"))
                .AddSeconds(sign * amounts.GetValueOrDefault("second"));
        }
        catch (ArgumentOutOfRangeException)
        {
            return null;
        }

        if (DateparserTime.Parse(AgoOrIn().Replace(Amount().Replace(withoutZone, ""), "")) is { } time)
        {
            date = date.Date.Add(time);
        }

        return offset is { } fixedOffset ? HydrusTimestamp.FromOffset(date, fixedOffset) : HydrusTimestamp.FromLocal(date, localZone);
    }

    [GeneratedRegex(@"\W", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 250)]
    private static partial Regex NonWord();

    [GeneratedRegex(@"\s+", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 250)]
    private static partial Regex Spaces();

    [GeneratedRegex(@"^(?:decade|year|month|week|day|hour|minute|second|ago|in|\d+|:|[ap]m)", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 250)]
    private static partial Regex UnitWord();

    [GeneratedRegex(@"(\d+[.,]?\d*)\s*(decade|year|month|week|day|hour|minute|second)\b", RegexOptions.IgnoreCase | RegexOptions.Singleline | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 250)]
    private static partial Regex Amount();

    [GeneratedRegex(@"\bin\b", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 250)]
    private static partial Regex In();

    [GeneratedRegex(@"\b(?:ago|in)\b", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 250)]
    private static partial Regex AgoOrIn();
}
