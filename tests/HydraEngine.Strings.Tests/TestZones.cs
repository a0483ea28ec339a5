namespace HydraEngine.Strings.Tests;

/// <summary>Fixed time zones so local-time tests do not depend on the machine.</summary>
internal static class TestZones
{
    /// <summary>US Eastern time with the post-2007 daylight rules (EST −5, EDT −4).</summary>
    public static TimeZoneInfo NewYork()
    {
        var start = TimeZoneInfo.TransitionTime.CreateFloatingDateRule(new DateTime(1, 1, 1, 2, 0, 0), 3, 2, DayOfWeek.Sunday);
        var end = TimeZoneInfo.TransitionTime.CreateFloatingDateRule(new DateTime(1, 1, 1, 2, 0, 0), 11, 1, DayOfWeek.Sunday);
        var rule = TimeZoneInfo.AdjustmentRule.CreateAdjustmentRule(new DateTime(2007, 1, 1), DateTime.MaxValue.Date, TimeSpan.FromHours(1), start, end);
        return TimeZoneInfo.CreateCustomTimeZone("Test/NewYork", TimeSpan.FromHours(-5), "Test New York", "EST", "EDT", [rule]);
    }
}
