namespace HydraEngine.Strings.Conversions.Dates.Dateparser;

/// <summary>dateparser's <c>time_parser</c>: the first of its time formats that <c>strptime</c> reads.</summary>
internal static class DateparserTime
{
    private static readonly string[] Formats = ["%H:%M:%S", "%I:%M:%S %p", "%H:%M", "%I:%M %p", "%I %p", "%H:%M:%S.%f", "%I:%M:%S.%f %p", "%H:%M %p"];

    public static TimeSpan? Parse(string text)
    {
        var trimmed = text.Trim();
        foreach (var format in Formats)
        {
            if (TryStrptime(trimmed, format) is { } parsed)
            {
                return parsed.TimeOfDay;
            }
        }

        return null;
    }

    /// <summary>Python's <c>strptime</c> as dateparser calls it (microseconds dropped), or null when it raises.</summary>
    public static DateTime? TryStrptime(string text, string format)
    {
        try
        {
            if (StrptimeParser.TryParse(text, format) is not { } parsed)
            {
                return null;
            }

            var value = parsed.Value;
            return format.Contains("%f", StringComparison.Ordinal) ? value : value.AddTicks(-(value.Ticks % TimeSpan.TicksPerSecond));
        }
        catch (Exception problem) when (problem is FormatException or ArgumentOutOfRangeException or OverflowException)
        {
            return null;
        }
    }
}
