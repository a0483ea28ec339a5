using HydraEngine.Downloading.Seeds;
using HydraEngine.Downloading.Tests.Support;
using HydraEngine.FixtureBooru;
using HydraEngine.FixtureBooru.Faults;

namespace HydraEngine.Downloading.Tests.Running;

/// <summary>With the booru misbehaving in every way it knows, every file still arrives exactly once, byte for byte.</summary>
public sealed class FaultToleranceTests
{
    private const string Gug = "fixture booru tag search";

    private static async Task AssertEveryFileArrivesOnceAsync(params FaultRule[] rules)
    {
        await using var harness = await BooruHarness.StartAsync(new FixtureBooruOptions { PostCount = 24 });
        foreach (var rule in rules)
        {
            harness.Booru.Faults.Add(rule);
        }

        var download = harness.Engine!.AddGalleryDownload(Gug, "");
        await harness.RunUntilIdleAsync();
        harness.Booru.Faults.InjectedCount.ShouldBeGreaterThan(0);
        harness.Engine.FileLog(download.FileLogId).Where(seed => seed.Status != SeedStatus.Successful).ShouldBeEmpty();
        foreach (var post in harness.Booru.Site.Posts)
        {
            harness.Store.ShouldHavePost(post, harness.Base);
        }

        harness.Store.Search("system:everything").Count.ShouldBe(harness.Booru.Site.Posts.Count);
        Directory.EnumerateFiles(Path.GetDirectoryName(harness.DatabasePath)!, "*.part", SearchOption.AllDirectories).ShouldBeEmpty();
    }

    [Fact]
    public Task Rate_limits_with_retry_after_are_waited_out() =>
        AssertEveryFileArrivesOnceAsync(new FaultRule(FaultKind.RateLimit) { EveryKth = 6, RetryAfterSeconds = 1 });

    [Fact]
    public Task Server_errors_are_retried() =>
        AssertEveryFileArrivesOnceAsync(new FaultRule(FaultKind.ServerError) { FirstAttempts = 1, StatusCode = 500 }, new FaultRule(FaultKind.ServerError) { EveryKth = 5 });

    [Fact]
    public Task Dropped_connections_are_retried() =>
        AssertEveryFileArrivesOnceAsync(new FaultRule(FaultKind.DropConnection) { FirstAttempts = 1 });

    [Fact]
    public Task Truncated_file_bodies_are_resumed_or_fetched_again() =>
        AssertEveryFileArrivesOnceAsync(new FaultRule(FaultKind.TruncateBody, FaultTarget.Files) { FirstAttempts = 2 });

    [Fact]
    public Task Slow_bodies_still_arrive_whole() =>
        AssertEveryFileArrivesOnceAsync(new FaultRule(FaultKind.SlowBody, FaultTarget.Files) { EveryKth = 4, BytesPerSecond = 256 * 1024 });

    /// <summary>
    /// Each URL meets every failure once, in turn (429, 503, a drop, then for files a truncation), and slow bodies
    /// come on top: four failed attempts of the five a request may make.
    /// </summary>
    [Fact]
    public Task Every_fault_at_once_still_delivers_every_file() =>
        AssertEveryFileArrivesOnceAsync(
            new FaultRule(FaultKind.RateLimit) { FirstAttempts = 1, RetryAfterSeconds = 0 },
            new FaultRule(FaultKind.ServerError) { FirstAttempts = 1 },
            new FaultRule(FaultKind.DropConnection) { FirstAttempts = 1 },
            new FaultRule(FaultKind.TruncateBody, FaultTarget.Files) { FirstAttempts = 1 },
            new FaultRule(FaultKind.SlowBody, FaultTarget.Files) { EveryKth = 4, BytesPerSecond = 256 * 1024 });
}
