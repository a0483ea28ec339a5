using HydraEngine.Downloading.Tests.Support;
using HydraEngine.Downloading.Watchers;
using HydraEngine.FixtureBooru;
using HydraEngine.Model.Network;
using HydraEngine.Testing;

namespace HydraEngine.Downloading.Tests.Subscriptions;

/// <summary>Subscription syncs against the fixture booru, whose newest posts appear as the injected clock reaches them.</summary>
public sealed class SubscriptionTests
{
    private const string Gug = "fixture booru tag search";

    /// <summary>Excludes a tag no post has: every post matches.</summary>
    private const string AllPosts = "-no_such_tag";

    private static readonly DateTimeOffset Start = DateTimeOffset.FromUnixTimeSeconds(1_750_000_000);

    private static async Task<(BooruHarness Harness, ManualTimeProvider Clock)> StartAsync(int posts = 30, int future = 10)
    {
        var clock = new ManualTimeProvider(Start);
        var harness = await BooruHarness.StartAsync(new FixtureBooruOptions { PostCount = posts, FuturePosts = future, PostInterval = TimeSpan.FromHours(6) }, clock);
        return (harness, clock);
    }

    private static int FileRequests(BooruHarness harness) => harness.Booru.Requests.Snapshot().Count(request => request.Path.StartsWith("/files/", StringComparison.Ordinal));

    [Fact]
    public async Task The_first_sync_stops_at_the_initial_file_limit()
    {
        var (harness, _) = await StartAsync();
        await using var _1 = harness;
        harness.Engine!.AddSubscription("all", Gug, [AllPosts], initialFileLimit: 5);
        await harness.RunUntilIdleAsync();
        harness.Store.Search("system:everything").Count.ShouldBe(5);
        var query = harness.Engine.Subscription("all").Queries.Single();
        query.Note.ShouldContain("hit initial file limit");
        query.LastCheck.ShouldBe(Start.ToUnixTimeSeconds());
    }

    [Fact]
    public async Task A_later_sync_takes_only_the_new_posts_and_stops_at_known_urls()
    {
        var (harness, clock) = await StartAsync();
        await using var _1 = harness;
        harness.Engine!.AddSubscription("all", Gug, [AllPosts]);
        await harness.RunUntilIdleAsync();
        harness.Store.Search("system:everything").Count.ShouldBe(20);
        var secondPageRequests = harness.Booru.Requests.CountFor("/posts?page=2&tags=-no_such_tag");

        clock.Advance(TimeSpan.FromDays(2));
        harness.Engine.CheckSubscriptionNow("all");
        await harness.RunUntilIdleAsync();
        harness.Store.Search("system:everything").Count.ShouldBe(28);
        harness.Booru.Requests.CountFor("/posts?page=2&tags=-no_such_tag").ShouldBe(secondPageRequests);
        harness.Engine.Subscription("all").Queries.Single().Note.ShouldContain("caught up");
    }

    [Fact]
    public async Task A_later_sync_stops_at_the_periodic_limit_with_a_notice()
    {
        var (harness, clock) = await StartAsync();
        await using var _1 = harness;
        harness.Engine!.AddSubscription("all", Gug, [AllPosts], periodicFileLimit: 3);
        await harness.RunUntilIdleAsync();
        clock.Advance(TimeSpan.FromDays(3));
        harness.Engine.CheckSubscriptionNow("all");
        await harness.RunUntilIdleAsync();
        harness.Store.Search("system:everything").Count.ShouldBe(23);
        harness.Events.Notices.ShouldContain(notice => notice.Message.Contains("periodic file limit of 3"));
    }

    [Fact]
    public async Task The_next_sync_is_due_when_the_velocity_says()
    {
        var (harness, _) = await StartAsync();
        await using var _1 = harness;
        harness.Engine!.AddSubscription("all", Gug, [AllPosts]);
        await harness.RunUntilIdleAsync();
        var query = harness.Engine.Subscription("all").Queries.Single();
        var timestamps = harness.Engine.FileLog(query.FileLogId).Select(seed => seed.SourceTimestamp).ToList();
        query.NextCheck.ShouldBe(HydraEngine.Downloading.Checking.CheckerTiming.NextCheckTime(HydraEngine.Downloading.Checking.CheckerPresets.ArtistSubscription, timestamps, query.LastCheck, query.LastCheck));
        query.NextCheck.ShouldBeGreaterThan(query.LastCheck);
    }

    [Fact]
    public async Task A_query_without_new_files_for_its_death_period_dies_and_pauses()
    {
        var (harness, clock) = await StartAsync(posts: 10, future: 0);
        await using var _1 = harness;
        var quick = new CheckerOptions(4, 3600, 86400, 1, 86400);
        harness.Engine!.AddSubscription("all", Gug, [AllPosts], quick);
        await harness.RunUntilIdleAsync();
        clock.Advance(TimeSpan.FromDays(3));
        await harness.RunUntilIdleAsync();
        var query = harness.Engine.Subscription("all").Queries.Single();
        (query.Status, query.Paused).ShouldBe((CheckingStatus.Dead, true));
        harness.Events.Notices.ShouldContain(notice => notice.Message.Contains("dead"));
    }

    [Fact]
    public async Task A_synced_subscription_downloads_nothing_twice()
    {
        var (harness, clock) = await StartAsync(posts: 20, future: 0);
        await using var _1 = harness;
        harness.Engine!.AddSubscription("all", Gug, [AllPosts]);
        await harness.RunUntilIdleAsync();
        var before = FileRequests(harness);
        clock.Advance(TimeSpan.FromHours(1));
        harness.Engine.CheckSubscriptionNow("all");
        await harness.RunUntilIdleAsync();
        FileRequests(harness).ShouldBe(before);
    }

    [Fact]
    public async Task A_sync_that_finds_files_says_so_and_each_new_file_is_announced_once()
    {
        var (harness, _) = await StartAsync(posts: 6, future: 0);
        await using var _1 = harness;
        harness.Engine!.AddSubscription("all", Gug, [AllPosts]);
        await harness.RunUntilIdleAsync();
        harness.Events.Found.ShouldBe([("all", AllPosts, 6)]);
        harness.Events.Imported.Distinct().Count().ShouldBe(6);
        harness.Events.Imported.Count.ShouldBe(6);
    }
}
