using System.Diagnostics;
using HydraEngine.Cli.Commands;
using HydraEngine.Cli.Commands.Demo;
using HydraEngine.Downloading.Seeds;
using HydraEngine.FixtureBooru;
using HydraEngine.FixtureBooru.Faults;
using HydraEngine.Host;
using HydraEngine.Storage;
using HydraEngine.Storage.Database;

namespace HydraEngine.Cli.Tests.Commands.Downloads;

/// <summary>A real `hydra run` process killed with SIGKILL mid-download, then run again: every file once, no partial files.</summary>
public sealed class RunKillTests : IDisposable
{
    private const int Posts = 24;
    private readonly string folder = Directory.CreateTempSubdirectory("hydra-kill-").FullName;

    private string Database => Path.Combine(folder, "hydra.db");

    [Fact]
    public async Task A_killed_run_resumes_without_duplicates_or_partial_files()
    {
        await using var booru = await FixtureBooruServer.StartAsync(new FixtureBooruOptions { PostCount = Posts });
        booru.Faults.Add(new FaultRule(FaultKind.SlowBody, FaultTarget.Files) { EveryKth = 1, BytesPerSecond = 16 * 1024 });
        DemoDownloader.Import(Database, DemoDownloader.Load(booru.Domain));
        await QueueGalleryAsync();

        using (var first = Hydra("run"))
        {
            await WaitForAsync(() => StoredFiles() >= 5, TimeSpan.FromSeconds(90));
            first.Kill(entireProcessTree: true);
            await first.WaitForExitAsync();
        }

        StoredFiles().ShouldBeLessThan(Posts);
        booru.Faults.Clear();
        using (var second = Hydra("run", "--until-idle"))
        {
            (await second.WaitForExitAsync(TimeSpan.FromSeconds(120))).ShouldBe(0);
        }

        StoredFiles().ShouldBe(Posts);
        Directory.EnumerateFiles(folder, "*.part", SearchOption.AllDirectories).ShouldBeEmpty();
        var fetches = booru.Requests.Snapshot().Where(request => request.Path.StartsWith("/files/", StringComparison.Ordinal) && request.Status is 200 or 206)
            .GroupBy(request => request.Path).ToList();
        fetches.Count.ShouldBe(Posts);
        fetches.Count(group => group.Count() > 1).ShouldBeLessThanOrEqualTo(2, "only the files in flight at the kill (two lanes) may be fetched twice");
        await using var engine = HydraEngineHost.Open(HydraEngineOptions.ForDatabase(Database));
        engine.Downloads.FileLog(engine.Downloads.GalleryDownloads().Single().FileLogId).ShouldAllBe(seed => seed.Status == SeedStatus.Successful || seed.Status == SeedStatus.AlreadyInDb);
    }

    private async Task QueueGalleryAsync()
    {
        await using var engine = HydraEngineHost.Open(HydraEngineOptions.ForDatabase(Database));
        engine.Downloads.AddGalleryDownload("fixture booru tag search", "");
    }

    private Process Hydra(params string[] args)
    {
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true };
        start.ArgumentList.Add(typeof(CliRoot).Assembly.Location);
        foreach (var argument in args.Concat(["--db", Database]))
        {
            start.ArgumentList.Add(argument);
        }

        var process = Process.Start(start)!;
        process.OutputDataReceived += (_, _) => { };
        process.ErrorDataReceived += (_, _) => { };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return process;
    }

    private int StoredFiles()
    {
        using var store = HydraStore.Open(StoreLocation.FromOption(Database));
        return store.Search("system:everything").Count;
    }

    private static async Task WaitForAsync(Func<bool> condition, TimeSpan limit)
    {
        var clock = Stopwatch.StartNew();
        while (!condition())
        {
            clock.Elapsed.ShouldBeLessThan(limit, "the run never got that far");
            await Task.Delay(100);
        }
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(folder, recursive: true);
        }
        catch (IOException)
        {
        }
    }
}

internal static class ProcessExtensions
{
    public static async Task<int> WaitForExitAsync(this Process process, TimeSpan limit)
    {
        using var timeout = new CancellationTokenSource(limit);
        await process.WaitForExitAsync(timeout.Token);
        return process.ExitCode;
    }
}
