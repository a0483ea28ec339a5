using HydraEngine.Downloading.Checking;
using HydraEngine.Downloading.Tests.Support;
using HydraEngine.Downloading.Watchers;
using HydraEngine.Testing;

namespace HydraEngine.Downloading.Tests.Watchers;

/// <summary>A thread watcher following a fixture booru thread on an injected clock until the thread 404s.</summary>
public sealed class WatcherTests
{
    private static readonly DateTimeOffset Start = DateTimeOffset.FromUnixTimeSeconds(1_750_000_000);

    private static async Task<(BooruHarness Harness, ManualTimeProvider Clock, Watcher Watcher)> StartAsync()
    {
        var clock = new ManualTimeProvider(Start);
        var harness = await BooruHarness.StartAsync(clock: clock);
        var watcher = harness.Engine!.AddWatcher($"{harness.Base}/thread/1");
        return (harness, clock, watcher);
    }

    [Fact]
    public async Task The_first_check_stores_the_opening_post_and_schedules_by_velocity()
    {
        var (harness, _, watcher) = await StartAsync();
        await using var _1 = harness;
        await harness.RunUntilIdleAsync();
        var checkedOnce = harness.Engine!.Watcher(watcher.Id);
        harness.Store.Search("system:everything").Count.ShouldBe(1);
        checkedOnce.LastCheck.ShouldBe(Start.ToUnixTimeSeconds());
        // one file 30 s old: per-file period 30 s, ideal 4 × 30 = 120 s, floor "never faster than" 300 s.
        (checkedOnce.NextCheck - checkedOnce.LastCheck).ShouldBe(300);
        checkedOnce.Subject.ShouldBe(harness.Booru.Site.Threads[0].Subject);
    }

    [Fact]
    public async Task A_watcher_follows_its_thread_until_it_404s_storing_every_file_once()
    {
        var (harness, clock, watcher) = await StartAsync();
        await using var _1 = harness;
        var thread = harness.Booru.Site.Threads[0];
        for (var checks = 0; checks < 200 && harness.Engine!.Watcher(watcher.Id).Status == CheckingStatus.Ok; checks++)
        {
            await harness.RunUntilIdleAsync();
            var current = harness.Engine.Watcher(watcher.Id);
            var timestamps = harness.Engine.FileLog(current.FileLogId).Select(seed => seed.SourceTimestamp).ToList();
            if (current.Status == CheckingStatus.Ok)
            {
                current.NextCheck.ShouldBe(CheckerTiming.NextCheckTime(current.Checker, timestamps, current.LastCheck, current.LastCheck));
                clock.SetUtcNow(DateTimeOffset.FromUnixTimeSeconds(current.NextCheck));
            }
        }

        var done = harness.Engine!.Watcher(watcher.Id);
        (done.Status, done.Paused).ShouldBe((CheckingStatus.Gone, true));
        harness.Store.Search("system:everything").Count.ShouldBe(thread.AllPosts.Count);
        harness.Booru.Requests.Snapshot().Where(request => request.Path.StartsWith("/files/", StringComparison.Ordinal))
            .GroupBy(request => request.Path).ShouldAllBe(group => group.Count() == 1);
    }

    [Fact]
    public async Task Check_now_revives_a_404_watcher_and_checks_within_thirty_seconds()
    {
        var (harness, clock, watcher) = await StartAsync();
        await using var _1 = harness;
        clock.Advance(TimeSpan.FromDays(2));
        await harness.RunUntilIdleAsync();
        harness.Engine!.Watcher(watcher.Id).Status.ShouldBe(CheckingStatus.Gone);
        var revived = harness.Engine.CheckWatcherNow(watcher.Id);
        (revived.Status, revived.Paused, revived.NextCheck - revived.LastCheck).ShouldBe((CheckingStatus.Ok, false, 30L));
        clock.Advance(TimeSpan.FromSeconds(30));
        await harness.RunUntilIdleAsync();
        harness.Engine.Watcher(watcher.Id).Status.ShouldBe(CheckingStatus.Gone);
    }

    [Fact]
    public async Task A_thread_without_new_files_for_the_death_period_is_dead()
    {
        var clock = new ManualTimeProvider(Start);
        await using var harness = await BooruHarness.StartAsync(new FixtureBooru.FixtureBooruOptions { Threads = new FixtureBooru.ThreadScheduleOptions { MaxPosts = 1, Lifetime = TimeSpan.FromDays(30) } }, clock);
        var watcher = harness.Engine!.AddWatcher($"{harness.Base}/thread/1", CheckerPresets.Thread);
        await harness.RunUntilIdleAsync();
        clock.Advance(TimeSpan.FromDays(4));
        await harness.RunUntilIdleAsync();
        var dead = harness.Engine.Watcher(watcher.Id);
        (dead.Status, dead.Paused).ShouldBe((CheckingStatus.Dead, true));
    }

    [Fact]
    public async Task A_paused_watcher_neither_checks_nor_downloads()
    {
        var (harness, _, watcher) = await StartAsync();
        await using var _1 = harness;
        harness.Engine!.PauseWatcher(watcher.Id, paused: true);
        await harness.RunUntilIdleAsync();
        harness.Booru.Requests.Count.ShouldBe(0);
        harness.Engine.Watcher(watcher.Id).LastCheck.ShouldBe(0);
    }
}
