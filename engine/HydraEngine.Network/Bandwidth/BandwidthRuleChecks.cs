using HydraEngine.Model.Network;

namespace HydraEngine.Network.Bandwidth;

/// <summary>hydrus's <c>BandwidthRules</c> questions about one context's tracker.</summary>
internal static class BandwidthRuleChecks
{
    private const long StartThreshold = 5;
    private const long ContinueThreshold = 15;

    /// <summary>"Can start a request": every rule except data rules with a delta of 5 s or less.</summary>
    public static bool AppliesToStart(BandwidthRule rule) =>
        !(rule.Type == BandwidthType.Data && rule.TimeDeltaSeconds is { } delta && delta <= StartThreshold);

    /// <summary>"Can continue a download": only data rules with a delta of 15 s or less.</summary>
    public static bool AppliesToContinue(BandwidthRule rule) =>
        rule.Type == BandwidthType.Data && rule.TimeDeltaSeconds is { } delta && delta <= ContinueThreshold;

    /// <summary>The longest wait any applicable, exceeded rule imposes; zero when none is exceeded.</summary>
    public static TimeSpan Wait(IEnumerable<BandwidthRule> rules, Func<BandwidthRule, bool> applies, BandwidthTracker tracker, DateTimeOffset now)
    {
        var wait = TimeSpan.Zero;
        foreach (var rule in rules.Where(applies))
        {
            if (tracker.Usage(rule.Type, rule.TimeDeltaSeconds, now) >= rule.MaxAllowed)
            {
                var estimate = tracker.WaitingEstimate(rule.Type, rule.TimeDeltaSeconds, rule.MaxAllowed, now);

                // usage can be over a rule whose window the estimate sees as already clear only on a bucket edge: try again in a moment
                wait = Max(wait, estimate > TimeSpan.Zero ? estimate : TimeSpan.FromMilliseconds(100));
            }
        }

        return wait;
    }

    private static TimeSpan Max(TimeSpan left, TimeSpan right) => left > right ? left : right;
}
