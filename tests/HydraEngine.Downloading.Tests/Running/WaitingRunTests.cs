using HydraEngine.Downloading.Running;
using HydraEngine.Downloading.Tests.Support;
using HydraEngine.FixtureBooru;
using HydraEngine.Storage.Files;
using HydraEngine.Testing;

namespace HydraEngine.Downloading.Tests.Running;

/// <summary>A run that waits for work (`hydra run`, `hydra serve`): queued work starts at once; a job that failed is tried again later.</summary>
public sealed class WaitingRunTests
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(30);

    [Fact]
    public async Task Urls_queued_while_a_run_waits_start_at_once_not_at_its_next_poll()
    {
        await using var harness = await BooruHarness.StartAsync(new FixtureBooruOptions { PostCount = 1 });
        using var stop = new CancellationTokenSource();
        var run = harness.Engine!.RunAsync(new RunOptions { IdlePoll = TimeSpan.FromHours(1) }, stop.Token);
        await Task.Delay(300);

        harness.Engine.AddUrls([$"{harness.Base}/post/{harness.Booru.Site.Posts[0].Id}"]);

        await WaitForFileAsync(harness, harness.Booru.Site.Posts[0].Sha256);
        await stop.CancelAsync();
        await run;
    }

    [Fact]
    public async Task A_job_that_stopped_on_an_error_is_tried_again_after_the_network_error_delay()
    {
        var clock = new ManualTimeProvider(DateTimeOffset.UtcNow);
        await using var harness = await BooruHarness.StartAsync(new FixtureBooruOptions { PostCount = 1 }, clock);
        var temporary = Path.Combine(Path.GetDirectoryName(harness.DatabasePath)!, "blocked-tmp");
        harness.OpenEngine(options: DownloadOptions.Default with { TemporaryFolder = temporary, NetworkErrorDelay = TimeSpan.FromMinutes(10) });
        using var stop = new CancellationTokenSource();
        var run = harness.Engine!.RunAsync(new RunOptions { IdlePoll = TimeSpan.FromSeconds(5) }, stop.Token);
        await Task.Delay(300);
        Directory.Delete(temporary);
        File.WriteAllText(temporary, "a file where the download folder should be");

        harness.Engine.AddUrls([$"{harness.Base}/post/{harness.Booru.Site.Posts[0].Id}"]);
        await WaitUntilAsync(() => !harness.Events.Notices.IsEmpty, "the job never stopped on its error");
        File.Delete(temporary);
        clock.Advance(TimeSpan.FromMinutes(5));
        await Task.Delay(500);
        harness.Store.GetFile(FileHash.Parse(harness.Booru.Site.Posts[0].Sha256)).ShouldBeNull("retried before the delay");
        clock.Advance(TimeSpan.FromMinutes(6));

        await WaitForFileAsync(harness, harness.Booru.Site.Posts[0].Sha256);
        await stop.CancelAsync();
        await run;
    }

    private static Task WaitForFileAsync(BooruHarness harness, string sha256) =>
        WaitUntilAsync(() => harness.Engine!.UseStore(store => store.GetFile(FileHash.Parse(sha256))) is not null, "the queued file never arrived");

    private static async Task WaitUntilAsync(Func<bool> condition, string failure)
    {
        var deadline = DateTime.UtcNow + Patience;
        while (!condition())
        {
            DateTime.UtcNow.ShouldBeLessThan(deadline, failure);
            await Task.Delay(50);
        }
    }
}
