namespace HydraEngine.Network.Bandwidth;

/// <summary>The calendar bucket sizes a tracker counts in (UTC), and the start of the bucket holding a moment.</summary>
internal static class BucketSizes
{
    public const int Seconds = 0;
    public const int Minutes = 1;
    public const int Hours = 2;
    public const int Days = 3;
    public const int Months = 4;
    public const int Count = 5;

    /// <summary>Unix seconds of the start of the bucket of size <paramref name="size"/> holding <paramref name="now"/>.</summary>
    public static long Start(int size, DateTimeOffset now)
    {
        var utc = now.ToUniversalTime();
        var start = size switch
        {
            Seconds => new DateTimeOffset(utc.Year, utc.Month, utc.Day, utc.Hour, utc.Minute, utc.Second, TimeSpan.Zero),
            Minutes => new DateTimeOffset(utc.Year, utc.Month, utc.Day, utc.Hour, utc.Minute, 0, TimeSpan.Zero),
            Hours => new DateTimeOffset(utc.Year, utc.Month, utc.Day, utc.Hour, 0, 0, TimeSpan.Zero),
            Days => new DateTimeOffset(utc.Year, utc.Month, utc.Day, 0, 0, 0, TimeSpan.Zero),
            _ => new DateTimeOffset(utc.Year, utc.Month, 1, 0, 0, 0, TimeSpan.Zero),
        };
        return start.ToUnixTimeSeconds();
    }
}
