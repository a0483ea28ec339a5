using HydraEngine.Downloading.Seeds;
using HydraEngine.Downloading.Tests.Support;
using HydraEngine.FixtureBooru;
using HydraEngine.FixtureBooru.Faults;

namespace HydraEngine.Downloading.Tests.Running;

/// <summary>A run stopped part-way (Ctrl-C) and restarted in a new engine finishes without duplicates or partial files.</summary>
public sealed class ResumeTests
{
    [Fact]
    public async Task A_cancelled_run_resumes_where_it_stopped_without_downloading_anything_twice()
    {
        await using var harness = await BooruHarness.StartAsync(new FixtureBooruOptions { PostCount = 30 });
        harness.Booru.Faults.Add(new FaultRule(FaultKind.SlowBody, FaultTarget.Files) { EveryKth = 1, BytesPerSecond = 64 * 1024 });
        var download = harness.Engine!.AddGalleryDownload("fixture booru tag search", "");
        using var cancel = new CancellationTokenSource();
        var run = harness.RunUntilIdleAsync(cancel.Token);
        while (harness.Events.Files.Count < 8 && !run.IsCompleted)
        {
            await Task.Delay(20);
        }

        cancel.Cancel();
        await run;
        var storedBeforeRestart = harness.Store.Search("system:everything").Count;
        storedBeforeRestart.ShouldBeInRange(8, 29);
        harness.Booru.Faults.Clear();

        harness.OpenEngine();
        await harness.RunUntilIdleAsync();
        harness.Store.Search("system:everything").Count.ShouldBe(30);
        harness.Engine.FileLog(download.FileLogId).ShouldAllBe(seed => seed.Status == SeedStatus.Successful);
        var completedFileFetches = harness.Booru.Requests.Snapshot()
            .Where(request => request.Path.StartsWith("/files/", StringComparison.Ordinal) && request.Status is 200 or 206)
            .GroupBy(request => request.Path);
        completedFileFetches.Count().ShouldBe(30);
        Directory.EnumerateFiles(Path.GetDirectoryName(harness.DatabasePath)!, "*.part", SearchOption.AllDirectories).ShouldBeEmpty();
    }
}
