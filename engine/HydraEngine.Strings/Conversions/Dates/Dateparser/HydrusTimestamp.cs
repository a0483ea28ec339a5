namespace HydraEngine.Strings.Conversions.Dates.Dateparser;

/// <summary>
/// hydrus's <c>int(SecondiseMSFloat(DateTimeToTimestampMS(dt)))</c>: whole seconds truncated toward zero, plus the
/// date's milliseconds, truncated again; so a date before 1970 with a fraction of a second lands one second later
/// than its plain truncation.
/// </summary>
internal static class HydrusTimestamp
{
    public static long Seconds(DateTime naive, long wholeSeconds)
    {
        var milliseconds = (naive.Ticks % TimeSpan.TicksPerSecond) / TimeSpan.TicksPerMillisecond;
        return ((wholeSeconds * 1000) + milliseconds) / 1000;
    }

    /// <summary>A naive date in a fixed offset (seconds east of UTC).</summary>
    public static long FromOffset(DateTime naive, long offsetSeconds) =>
        Seconds(naive, LocalTime.UtcSeconds(naive.AddSeconds(-offsetSeconds)));

    /// <summary>A naive date in the local zone.</summary>
    public static long FromLocal(DateTime naive, TimeZoneInfo zone) => Seconds(naive, LocalTime.LocalSeconds(naive, zone));
}
