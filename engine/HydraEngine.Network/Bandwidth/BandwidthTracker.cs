using HydraEngine.Model.Network;

namespace HydraEngine.Network.Bandwidth;

/// <summary>
/// hydrus's Bandwidth Tracker for one network context: requests and bytes counted in UTC calendar buckets of a second,
/// a minute, an hour, a day and a month. A rule's window is read from the finest bucket size hydrus would use for it.
/// Not thread-safe; <see cref="BandwidthManager"/> locks around it.
/// </summary>
internal sealed class BandwidthTracker
{
    private const long MaxSecondsDelta = 240;
    private const long MaxMinutesDelta = 180 * 60;
    private const long MaxHoursDelta = 72 * 3600;
    private const long MaxDaysDelta = 31 * 86400;

    private readonly Dictionary<long, long>[,] counters = new Dictionary<long, long>[2, BucketSizes.Count];

    public BandwidthTracker()
    {
        for (var type = 0; type < 2; type++)
        {
            for (var size = 0; size < BucketSizes.Count; size++)
            {
                counters[type, size] = [];
            }
        }
    }

    /// <summary>Changed since it was last saved.</summary>
    public bool Dirty { get; set; }

    public void Report(BandwidthType type, long amount, DateTimeOffset now)
    {
        for (var size = 0; size < BucketSizes.Count; size++)
        {
            var bucket = BucketSizes.Start(size, now);
            var counter = counters[(int)type, size];
            counter[bucket] = counter.GetValueOrDefault(bucket) + amount;
        }

        Dirty = true;
    }

    /// <summary>Usage in the rule's window: this calendar month for a null delta; the current second alone for a delta of 1.</summary>
    public long Usage(BandwidthType type, long? timeDelta, DateTimeOffset now)
    {
        if (timeDelta is null)
        {
            return counters[(int)type, BucketSizes.Months].GetValueOrDefault(BucketSizes.Start(BucketSizes.Months, now));
        }

        var (size, span) = Window(timeDelta.Value);
        var nowSecond = now.ToUnixTimeSeconds();
        var since = nowSecond - span;
        return counters[(int)type, size].Where(pair => pair.Key >= since && pair.Key <= nowSecond).Sum(pair => pair.Value);
    }

    /// <summary>
    /// How long until usage in the window falls below <paramref name="maxAllowed"/>: the newest buckets are added up
    /// until they reach it, and the wait lasts until that bucket leaves the window. Monthly rules wait for next month.
    /// </summary>
    public TimeSpan WaitingEstimate(BandwidthType type, long? timeDelta, long maxAllowed, DateTimeOffset now)
    {
        if (timeDelta is null)
        {
            var month = new DateTimeOffset(now.Year, now.Month, 1, 0, 0, 0, TimeSpan.Zero).AddMonths(1);
            return month - now;
        }

        var (size, span) = Window(timeDelta.Value);
        var nowSecond = now.ToUnixTimeSeconds();
        long usage = 0;
        foreach (var (bucket, value) in counters[(int)type, size].Where(pair => pair.Key <= nowSecond).OrderByDescending(pair => pair.Key))
        {
            if (nowSecond - bucket > span)
            {
                break;
            }

            usage += value;
            if (usage >= maxAllowed)
            {
                var until = DateTimeOffset.FromUnixTimeSeconds(bucket + span + 1);
                return until > now ? until - now : TimeSpan.Zero;
            }
        }

        return TimeSpan.Zero;
    }

    /// <summary>Forgets buckets no rule can reach any more (months are kept).</summary>
    public void Prune(DateTimeOffset now)
    {
        var nowSecond = now.ToUnixTimeSeconds();
        long[] keep = [MaxSecondsDelta, MaxMinutesDelta + 60, MaxHoursDelta + 3600, MaxDaysDelta + 86400];
        for (var type = 0; type < 2; type++)
        {
            for (var size = 0; size < keep.Length; size++)
            {
                var counter = counters[type, size];
                foreach (var bucket in counter.Keys.Where(bucket => bucket < nowSecond - keep[size]).ToList())
                {
                    counter.Remove(bucket);
                    Dirty = true;
                }
            }
        }
    }

    /// <summary>Every bucket, for saving.</summary>
    public IEnumerable<(BandwidthType Type, int Size, long Bucket, long Value)> Buckets()
    {
        for (var type = 0; type < 2; type++)
        {
            for (var size = 0; size < BucketSizes.Count; size++)
            {
                foreach (var (bucket, value) in counters[type, size])
                {
                    yield return ((BandwidthType)type, size, bucket, value);
                }
            }
        }
    }

    /// <summary>Restores one saved bucket.</summary>
    public void Load(BandwidthType type, int size, long bucket, long value)
    {
        if ((int)type is 0 or 1 && size >= 0 && size < BucketSizes.Count)
        {
            counters[(int)type, size][bucket] = value;
        }
    }

    /// <summary>hydrus's <c>_GetWindowAndCounter</c> plus the delta: which bucket size, and how far back (seconds) a bucket start may lie.</summary>
    private static (int Size, long Span) Window(long timeDelta)
    {
        if (timeDelta <= 1)
        {
            return (BucketSizes.Seconds, 0);
        }

        return timeDelta switch
        {
            < MaxSecondsDelta => (BucketSizes.Seconds, timeDelta),
            < MaxMinutesDelta => (BucketSizes.Minutes, timeDelta + 59),
            < MaxHoursDelta => (BucketSizes.Hours, timeDelta + 3599),
            _ => (BucketSizes.Days, timeDelta + 86399),
        };
    }
}
