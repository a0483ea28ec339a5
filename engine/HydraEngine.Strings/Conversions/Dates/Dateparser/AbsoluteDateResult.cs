using System.Text.RegularExpressions;

namespace HydraEngine.Strings.Conversions.Dates.Dateparser;

/// <summary>How <see cref="AbsoluteDateReader"/> turns what it read into a date (<c>_results</c> and its corrections).</summary>
internal sealed partial class AbsoluteDateReader
{
    private static readonly string[] WeekdayPrefixes = ["mon", "tue", "wed", "thu", "fri", "sat", "sun"];

    private DateTime? Result(DateNow now)
    {
        TimeSpan time = default;
        if (timeToken is not null)
        {
            time = DateparserTime.Parse(timeToken) ?? throw new FormatException($"{timeToken} does not seem to be a valid time string");
        }

        var year = values.TryGetValue("year", out var written) ? written : now.Value.UtcDateTime.Year;
        var month = values.TryGetValue("month", out written) ? written : now.Value.UtcDateTime.Month;
        var day = values.TryGetValue("day", out written) ? written : now.Value.UtcDateTime.Day;
        if (year is < 1 or > 9999 || month is < 1 or > 12)
        {
            return null;
        }

        if (day < 1 || day > DateTime.DaysInMonth(year, month))
        {
            if (tokenOf["day"] is null && weekdayToken is null)
            {
                day = DateTime.DaysInMonth(year, month);
            }
            else if (tokenOf["year"] is null && day == 29 && month == 2)
            {
                year = ClosestLeapYear(year);
            }
            else
            {
                return null;
            }
        }

        return new DateTime(year, month, day).Add(time);
    }

    /// <summary>A lone weekday (no year, month or day) is its last occurrence, today included.</summary>
    private DateTime CorrectForWeekday(DateTime date)
    {
        if (weekdayToken is null || tokenOf["year"] is not null || tokenOf["month"] is not null || tokenOf["day"] is not null)
        {
            return date;
        }

        var wanted = Array.IndexOf(WeekdayPrefixes, weekdayToken[..Math.Min(3, weekdayToken.Length)].ToLowerInvariant());
        var current = ((int)date.DayOfWeek + 6) % 7;
        var steps = 0;
        while (current != wanted && steps < 7)
        {
            current = (current + 6) % 7;
            steps++;
        }

        return date.AddDays(-steps);
    }

    /// <summary>A date without a day, weekday or time takes today's day of the month (or its month's last).</summary>
    private DateTime CorrectForDay(DateTime date, DateNow now)
    {
        if (tokenOf["day"] is not null || weekdayToken is not null || timeToken is not null)
        {
            return date;
        }

        var day = Math.Min(now.Value.UtcDateTime.Day, DateTime.DaysInMonth(date.Year, date.Month));
        return new DateTime(date.Year, date.Month, day).Add(date.TimeOfDay);
    }

    private static int ClosestLeapYear(int year)
    {
        var next = year + 1;
        while (!DateTime.IsLeapYear(next))
        {
            next++;
        }

        var previous = year - 1;
        while (!DateTime.IsLeapYear(previous))
        {
            previous--;
        }

        return next - year < year - previous ? next : previous;
    }

    [GeneratedRegex(@"^([0-9]|0[0-9]|1[0-9]|2[0-3]):[0-5][0-9]$", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 250)]
    private static partial Regex HourMinute();

    [GeneratedRegex(@"\d{1,6}", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 250)]
    private static partial Regex Microsecond();

    [GeneratedRegex("am|pm", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 250)]
    private static partial Regex Meridian();
}
