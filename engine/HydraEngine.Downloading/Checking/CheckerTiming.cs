using HydraEngine.Model.Network;

namespace HydraEngine.Downloading.Checking;

/// <summary>
/// hydrus's checker maths (semantics.md §7): file velocity, death, and the next check time of a watcher or a
/// subscription query, from the source timestamps of its file log. All times are Unix seconds.
/// </summary>
public static class CheckerTiming
{
    /// <summary>hydrus's "six months", which it computes as 6 × 60 days.</summary>
    public const long SixMonthsSeconds = 6 * 60 * 86400;

    /// <summary>Files seen in the death period before <paramref name="lastCheck"/>, and the period they are counted over.</summary>
    public static FileVelocity CurrentVelocity(CheckerOptions options, IReadOnlyCollection<long> sourceTimestamps, long lastCheck)
    {
        var period = options.DeathFileVelocityPeriodSeconds;
        if (sourceTimestamps.Count == 0)
        {
            return new FileVelocity(0, period);
        }

        var since = lastCheck - period;
        var found = sourceTimestamps.LongCount(timestamp => timestamp >= since);
        var delta = Math.Min(Math.Max(lastCheck - sourceTimestamps.Min(), 30), period);
        return new FileVelocity(found, delta);
    }

    /// <summary>Too few files lately. Never checked and empty is not dead; an empty log after a check is.</summary>
    public static bool IsDead(CheckerOptions options, IReadOnlyCollection<long> sourceTimestamps, long lastCheck)
    {
        if (sourceTimestamps.Count == 0 && lastCheck == 0)
        {
            return false;
        }

        if (options.DeathFileVelocityFiles == 0)
        {
            return false;
        }

        var (found, delta) = CurrentVelocity(options, sourceTimestamps, lastCheck);
        return (double)found / delta < (double)options.DeathFileVelocityFiles / options.DeathFileVelocityPeriodSeconds;
    }

    /// <summary>When to check next: 0 means at once.</summary>
    public static long NextCheckTime(CheckerOptions options, IReadOnlyCollection<long> sourceTimestamps, long lastCheck, long now)
    {
        var slowest = options.NeverSlowerThanSeconds;
        if (sourceTimestamps.Count == 0)
        {
            return lastCheck == 0 ? 0 : now + slowest;
        }

        if (IsStatic(options))
        {
            var next = lastCheck + slowest;
            while (now > next + slowest)
            {
                next += slowest;
            }

            return next;
        }

        var (found, delta) = CurrentVelocity(options, sourceTimestamps, lastCheck);
        long period;
        if (found == 0)
        {
            period = slowest;
        }
        else
        {
            var perFile = delta / found;
            var ideal = options.IntendedFilesPerCheck * perFile;
            var sinceLatest = Math.Max(lastCheck - sourceTimestamps.Max(), 30);
            var floor = Math.Max(options.NeverFasterThanSeconds, sinceLatest * 0.25);
            period = (long)Math.Min(Math.Max(floor, ideal), slowest);
        }

        return lastCheck + period;
    }

    /// <summary>How far back a log must be kept to judge death (used to compact old entries).</summary>
    public static long DeathPeriod(CheckerOptions options)
    {
        var period = options.DeathFileVelocityPeriodSeconds;
        if (IsStatic(options))
        {
            period = Math.Min(period, 5 * options.NeverFasterThanSeconds);
        }

        if (options.DeathFileVelocityFiles == 0 || IsStatic(options))
        {
            period = Math.Min(period, SixMonthsSeconds);
        }

        return period;
    }

    public static bool IsStatic(CheckerOptions options) => options.NeverFasterThanSeconds == options.NeverSlowerThanSeconds;
}
