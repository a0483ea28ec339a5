using System.Text;

namespace HydraEngine.Strings.Conversions.Dates;

/// <summary>Unix-time arithmetic the date steps share, with the local zone passed in (so it can be tested).</summary>
internal static class LocalTime
{
    private static readonly DateTime Epoch = new(1970, 1, 1, 0, 0, 0, DateTimeKind.Unspecified);

    /// <summary>What <c>%Z</c> accepts: <c>utc</c>, <c>gmt</c> and the machine zone's short names, longest first.</summary>
    public static string ZoneNamePattern { get; } = BuildZoneNamePattern(TimeZoneInfo.Local);

    /// <summary>Seconds since the epoch of a naive date read as UTC, truncated toward zero like <c>int()</c>.</summary>
    public static long UtcSeconds(DateTime naive) => (naive - Epoch).Ticks / TimeSpan.TicksPerSecond;

    /// <summary>
    /// Python's <c>int(naive.timestamp())</c>: the naive date read as local time in <paramref name="zone"/>. A
    /// time skipped by a clock change uses the earlier (pre-change) offset's reading, an ambiguous time its
    /// first occurrence, as Python's <c>fold=0</c> does.
    /// </summary>
    public static long LocalSeconds(DateTime naive, TimeZoneInfo zone)
    {
        naive = DateTime.SpecifyKind(naive, DateTimeKind.Unspecified);
        TimeSpan offset;
        if (zone.IsAmbiguousTime(naive))
        {
            offset = Max(zone.GetAmbiguousTimeOffsets(naive));
        }
        else if (zone.IsInvalidTime(naive))
        {
            var before = zone.GetUtcOffset(naive.AddDays(-1));
            var after = zone.GetUtcOffset(naive.AddDays(1));
            offset = before < after ? before : after;
        }
        else
        {
            offset = zone.GetUtcOffset(naive);
        }

        return (naive - offset - Epoch).Ticks / TimeSpan.TicksPerSecond;
    }

    /// <summary>The naive UTC date of a Unix time (<c>datetime(1970, 1, 1) + timedelta(seconds=s)</c>).</summary>
    public static DateTime FromUnixSeconds(long seconds)
    {
        var min = UtcSeconds(DateTime.MinValue);
        var max = UtcSeconds(new DateTime(9999, 12, 31, 23, 59, 59));
        return seconds >= min && seconds <= max
            ? Epoch.AddSeconds(seconds)
            : throw new OverflowException("date value out of range");
    }

    private static TimeSpan Max(TimeSpan[] offsets)
    {
        var max = offsets[0];
        foreach (var offset in offsets)
        {
            max = offset > max ? offset : max;
        }

        return max;
    }

    private static string BuildZoneNamePattern(TimeZoneInfo zone)
    {
        var names = new List<string> { "utc", "gmt" };
        foreach (var name in new[] { zone.StandardName, zone.DaylightName })
        {
            var lower = name.ToLowerInvariant();
            if (lower.Length is > 0 and <= 6 && lower.All(char.IsAsciiLetterLower) && !names.Contains(lower))
            {
                names.Add(lower);
            }
        }

        names.Sort((a, b) => b.Length.CompareTo(a.Length));
        var pattern = new StringBuilder();
        foreach (var name in names)
        {
            pattern.Append(pattern.Length > 0 ? "|" : "").Append(name);
        }

        return pattern.ToString();
    }
}
