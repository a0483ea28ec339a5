using HydraEngine.Downloading.Checking;
using HydraEngine.Model.Network;

namespace HydraEngine.Downloading.Tests.Checking;

/// <summary>The checker vectors of the spec (test-vectors §K): now = last check = L unless stated.</summary>
public sealed class CheckerTimingTests
{
    private const long L = 1_700_000_000;
    private static readonly CheckerOptions Thread = new(4, 300, 86400, 1, 259200);
    private static readonly CheckerOptions Artist = new(4, 86400, 7776000, 1, 15552000);

    private static long[] At(params long[] offsets) => offsets.Select(offset => L + offset).ToArray();

    private static (long Next, bool Dead, FileVelocity Velocity) Evaluate(CheckerOptions options, long[] times, long lastCheck, long now = L)
    {
        var next = CheckerTiming.NextCheckTime(options, times, lastCheck, now);
        return (next == 0 ? 0 : next - lastCheck, CheckerTiming.IsDead(options, times, lastCheck), CheckerTiming.CurrentVelocity(options, times, lastCheck));
    }

    [Fact]
    public void K01_an_empty_log_never_checked_is_due_at_once_and_alive() =>
        Evaluate(Thread, [], 0).ShouldBe((0, false, new FileVelocity(0, 259200)));

    [Fact]
    public void K02_an_empty_log_after_a_check_waits_the_slowest_period_and_is_dead() =>
        Evaluate(Thread, [], L).ShouldBe((86400, true, new FileVelocity(0, 259200)));

    [Fact]
    public void K03_ten_files_six_minutes_apart_check_after_four_files_worth() =>
        Evaluate(Thread, At(Enumerable.Range(1, 10).Select(i => -360L * i).ToArray()), L).ShouldBe((1440, false, new FileVelocity(10, 3600)));

    [Fact]
    public void K04_three_old_files_wait_the_slowest_period() =>
        Evaluate(Thread, At(-172800, -173400, -174000), L).ShouldBe((86400, false, new FileVelocity(3, 174000)));

    [Fact]
    public void K05_files_older_than_the_death_period_make_the_thread_dead() =>
        Evaluate(Thread, At(-345600, -345660), L).ShouldBe((86400, true, new FileVelocity(0, 259200)));

    [Fact]
    public void K06_hydrus_default_options_with_a_hundred_files() =>
        Evaluate(CheckerOptions.Default, At(Enumerable.Range(1, 100).Select(i => -360L * i).ToArray()), L).ShouldBe((2880, false, new FileVelocity(100, 36000)));

    [Fact]
    public void K07_artist_subscription_with_five_files_twenty_days_apart() =>
        Evaluate(Artist, At(-1728000, -3456000, -5184000, -6912000, -8640000), L).ShouldBe((6912000, false, new FileVelocity(5, 8640000)));

    [Fact]
    public void K08_artist_subscription_with_one_file_two_hundred_days_old_is_dead() =>
        Evaluate(Artist, At(-17280000), L).ShouldBe((7776000, true, new FileVelocity(0, 15552000)));

    [Fact]
    public void K09_static_timing_stays_on_its_grid_and_may_be_in_the_past()
    {
        var options = new CheckerOptions(4, 86400, 86400, 0, 86400);
        var times = At(-1000);
        (CheckerTiming.NextCheckTime(options, times, L - 302400, L) - L).ShouldBe(-43200);
        CheckerTiming.IsDead(options, times, L - 302400).ShouldBeFalse();
    }

    [Fact]
    public void K10_death_period_is_capped_for_static_timing() =>
        (CheckerTiming.DeathPeriod(new CheckerOptions(4, 86400, 86400, 0, 86400)), CheckerTiming.DeathPeriod(Thread)).ShouldBe((86400L, 259200L));

    [Fact]
    public void A_checker_that_never_dies_never_reports_dead() =>
        CheckerTiming.IsDead(Thread with { DeathFileVelocityFiles = 0 }, [], L).ShouldBeFalse();
}
