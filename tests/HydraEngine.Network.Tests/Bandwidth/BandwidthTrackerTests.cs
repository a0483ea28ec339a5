using HydraEngine.Model.Network;
using HydraEngine.Network.Bandwidth;
using HydraEngine.Network.Tests.Support;

namespace HydraEngine.Network.Tests.Bandwidth;

public sealed class BandwidthTrackerTests
{
    private static readonly DateTimeOffset Now = TestEngines.Start.AddMilliseconds(300);

    [Fact]
    public void A_one_second_rule_looks_at_the_current_calendar_second_only()
    {
        var tracker = new BandwidthTracker();
        tracker.Report(BandwidthType.Requests, 1, Now);

        tracker.Usage(BandwidthType.Requests, 1, Now).ShouldBe(1);
        tracker.Usage(BandwidthType.Requests, 1, Now.AddSeconds(1)).ShouldBe(0);
    }

    [Fact]
    public void The_wait_lasts_until_the_bucket_that_filled_the_rule_leaves_its_window()
    {
        var tracker = new BandwidthTracker();
        tracker.Report(BandwidthType.Requests, 2, Now);

        var wait = tracker.WaitingEstimate(BandwidthType.Requests, 3, 2, Now);

        wait.ShouldBe(TimeSpan.FromSeconds(4) - TimeSpan.FromMilliseconds(300));
        tracker.Usage(BandwidthType.Requests, 3, Now + wait).ShouldBe(0);
        tracker.Usage(BandwidthType.Requests, 3, Now + wait - TimeSpan.FromMilliseconds(1)).ShouldBe(2);
    }

    [Fact]
    public void A_monthly_rule_counts_this_calendar_month_and_waits_for_the_next()
    {
        var tracker = new BandwidthTracker();
        tracker.Report(BandwidthType.Data, 500, Now);

        tracker.Usage(BandwidthType.Data, null, Now.AddDays(10)).ShouldBe(500);
        tracker.Usage(BandwidthType.Data, null, new DateTimeOffset(2025, 4, 1, 0, 0, 0, TimeSpan.Zero)).ShouldBe(0);
        tracker.WaitingEstimate(BandwidthType.Data, null, 100, Now).ShouldBe(new DateTimeOffset(2025, 4, 1, 0, 0, 0, TimeSpan.Zero) - Now);
    }

    [Fact]
    public void Long_windows_count_in_coarser_buckets_like_hydrus()
    {
        var tracker = new BandwidthTracker();
        tracker.Report(BandwidthType.Data, 1000, Now);

        tracker.Usage(BandwidthType.Data, 86400, Now.AddHours(23)).ShouldBe(1000);
        tracker.Usage(BandwidthType.Data, 86400, Now.AddDays(2).AddSeconds(1)).ShouldBe(0);
    }

    [Fact]
    public void Data_rules_of_five_seconds_or_less_do_not_stop_a_request_from_starting()
    {
        BandwidthRuleChecks.AppliesToStart(new BandwidthRule(BandwidthType.Data, 5, 1)).ShouldBeFalse();
        BandwidthRuleChecks.AppliesToStart(new BandwidthRule(BandwidthType.Data, 6, 1)).ShouldBeTrue();
        BandwidthRuleChecks.AppliesToStart(new BandwidthRule(BandwidthType.Requests, 1, 1)).ShouldBeTrue();
        BandwidthRuleChecks.AppliesToContinue(new BandwidthRule(BandwidthType.Data, 15, 1)).ShouldBeTrue();
        BandwidthRuleChecks.AppliesToContinue(new BandwidthRule(BandwidthType.Data, null, 1)).ShouldBeFalse();
        BandwidthRuleChecks.AppliesToContinue(new BandwidthRule(BandwidthType.Requests, 1, 1)).ShouldBeFalse();
    }
}
