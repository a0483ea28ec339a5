using System.Diagnostics;
using HydraEngine.Downloading;
using HydraEngine.DownloadBench;
using HydraEngine.FixtureBooru;
using HydraEngine.Host;
using HydraEngine.Library;
using HydraEngine.Network;
using HydraEngine.Storage;
using HydraEngine.Storage.Database;

// Downloads every post of a local fixture booru twice per round, side by side: once with the reference downloader
// (HttpClient + regexes + a file per post) and once with the whole engine (GUG, URL classes, parsers, seeds in
// SQLite, the network engine with politeness off, the store). Reports files/s for both, their ratio, and the engine's
// overhead per file (wall time and CPU time beyond the reference).
if (args.Length > 0 && args[0] == "breakdown")
{
    await using var server = await FixtureBooruServer.StartAsync(new FixtureBooruOptions { PostCount = 300, PostsPerPage = 50 });
    var scratch = Directory.CreateTempSubdirectory("downloadbench-");
    Console.WriteLine("one file's stages, each timed alone over 300 posts:");
    await Breakdown.RunAsync(server, FindRepository(), scratch.FullName);
    scratch.Delete(recursive: true);
    return;
}

var posts = args.Length > 0 ? int.Parse(args[0]) : 300;
var rounds = args.Length > 1 ? int.Parse(args[1]) : 3;
var repository = FindRepository();
await using var booru = await FixtureBooruServer.StartAsync(new FixtureBooruOptions { PostCount = posts, PostsPerPage = 50 });
Console.WriteLine($"fixture booru on {booru.BaseAddress} with {posts} posts; {rounds} rounds (median reported); {Environment.ProcessorCount} cores");

var reference = new List<(double Seconds, double Cpu)>();
var engine = new List<(double Seconds, double Cpu)>();
for (var round = 0; round <= rounds; round++)
{
    var work = Directory.CreateTempSubdirectory("downloadbench-");
    try
    {
        var referenceRun = await MeasureAsync(async () =>
        {
            var files = await ReferenceDownloader.RunAsync(booru.BaseAddress, Path.Combine(work.FullName, "reference"), CancellationToken.None);
            Check(files, posts, "reference");
        });
        var engineRun = await MeasureAsync(() => EngineRunAsync(booru, repository, Path.Combine(work.FullName, "engine"), posts));
        if (round > 0)
        {
            reference.Add(referenceRun);
            engine.Add(engineRun);
        }

        Console.WriteLine($"  round {round}{(round == 0 ? " (warm-up)" : "")}: reference {referenceRun.Seconds:F2} s, engine {engineRun.Seconds:F2} s");
    }
    finally
    {
        work.Delete(recursive: true);
    }
}

var (referenceSeconds, referenceCpu) = Median(reference);
var (engineSeconds, engineCpu) = Median(engine);
Console.WriteLine($"reference: {posts / referenceSeconds:F0} files/s ({referenceCpu / posts * 1000:F2} ms CPU per file)");
Console.WriteLine($"engine:    {posts / engineSeconds:F0} files/s ({engineCpu / posts * 1000:F2} ms CPU per file)");
Console.WriteLine($"engine/reference time ratio: {engineSeconds / referenceSeconds:F2}x; engine overhead per file: {(engineSeconds - referenceSeconds) / posts * 1000:F2} ms wall, {(engineCpu - referenceCpu) / posts * 1000:F2} ms CPU");

static async Task EngineRunAsync(FixtureBooruServer booru, string repository, string folder, int expected)
{
    var options = HydraEngineOptions.ForDatabase(Path.Combine(folder, "hydra.db")) with { Network = new NetworkOptions { Polite = false } };
    await using (var setup = HydraEngineHost.Open(options))
    {
        setup.Library.Import(FixtureDownloader.WriteFiles(Path.Combine(repository, "parsers", "fixture-booru"), booru.Port, Path.Combine(folder, "downloader")));
    }

    // Opened again, as a new process would be, so the network starts with the downloader's domain metadata.
    await using var engine = HydraEngineHost.Open(options);
    engine.Downloads.AddGalleryDownload("fixture booru tag search", "", fileLimit: expected);
    await engine.Downloads.RunAsync(new HydraEngine.Downloading.Running.RunOptions(StopWhenIdle: true));
    Check(engine.Store.Search("system:everything").Count, expected, "engine");
}

static async Task<(double Seconds, double Cpu)> MeasureAsync(Func<Task> run)
{
    var process = Process.GetCurrentProcess();
    var cpu = process.TotalProcessorTime;
    var clock = Stopwatch.StartNew();
    await run();
    process.Refresh();
    return (clock.Elapsed.TotalSeconds, (process.TotalProcessorTime - cpu).TotalSeconds);
}

static (double Seconds, double Cpu) Median(List<(double Seconds, double Cpu)> runs)
{
    var ordered = runs.OrderBy(run => run.Seconds).ToList();
    return ordered[ordered.Count / 2];
}

static void Check(int files, int expected, string who)
{
    if (files != expected)
    {
        throw new InvalidOperationException($"the {who} run got {files} files, not {expected}");
    }
}

static string FindRepository()
{
    for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
    {
        if (File.Exists(Path.Combine(folder.FullName, "HydraEngine.sln")))
        {
            return folder.FullName;
        }
    }

    throw new InvalidOperationException("run from inside the HydraEngine repository");
}
