using HydraEngine.Strings.Conversions.Dates.Dateparser;

namespace HydraEngine.Strings.Conversions.Dates.Dateutil;

/// <summary>
/// <c>dateutil.parser.parse(text)</c> (2.8, default settings) as hydrus's <c>ParseDate</c> uses it after dateparser
/// gave nothing, turned into hydrus's timestamp: the fields read (<see cref="DateutilTokenReader"/>) replace those
/// of today at midnight (a day past the month's end becomes its last day; a lone weekday moves on to that day),
/// then a UTC name or numeric offset fixes the zone and anything else (no zone, or a name dateutil does not know,
/// such as <c>EST</c>) is local time. Null where dateutil raises (an unreadable text, no date, an invalid field,
/// an offset of a day or more).
/// </summary>
internal static class DateutilReader
{
    private const long SecondsPerDay = 86_400;

    public static long? Parse(string text, DateTimeOffset now, TimeZoneInfo localZone)
    {
        var today = TimeZoneInfo.ConvertTime(now, localZone).DateTime.Date;
        if (DateutilTokenReader.Read(text, today.Year) is not { IsEmpty: false } result)
        {
            return null;
        }

        try
        {
            var naive = BuildNaive(result, today);
            return result.TzOffset switch
            {
                null => HydrusTimestamp.FromLocal(naive, localZone),
                { } offset when Math.Abs(offset) < SecondsPerDay => HydrusTimestamp.FromOffset(naive, offset),
                _ => null,
            };
        }
        catch (ArgumentOutOfRangeException)
        {
            return null;
        }
    }

    /// <summary>dateutil's <c>_build_naive</c> with today at midnight as the default.</summary>
    private static DateTime BuildNaive(DateutilResult result, DateTime today)
    {
        var year = Field(result.Year ?? today.Year, 1, 9999);
        var month = Field(result.Month ?? today.Month, 1, 12);
        var daysInMonth = DateTime.DaysInMonth(year, month);
        var day = result.Day is { } written ? Field(written, 1, daysInMonth) : Math.Min(today.Day, daysInMonth);
        var naive = new DateTime(year, month, day, Field(result.Hour ?? 0, 0, 23), Field(result.Minute ?? 0, 0, 59),
            Field(result.Second ?? 0, 0, 59), DateTimeKind.Unspecified);
        naive = naive.AddTicks(Field(result.Microsecond ?? 0, 0, 999_999) * 10);
        if (result.Weekday is { } weekday && result.Day is null or 0)
        {
            var pythonWeekday = ((int)naive.DayOfWeek + 6) % 7;
            naive = naive.AddDays((weekday - pythonWeekday + 7) % 7);
        }

        return naive;
    }

    private static int Field(long value, long lowest, long highest) =>
        value >= lowest && value <= highest ? (int)value : throw new ArgumentOutOfRangeException(nameof(value), value, "out of range");
}
