using HydraEngine.Cli.Commands.Demo;
using HydraEngine.Cli.Tests.Commands.Downloads;
using HydraEngine.Downloading.Seeds;
using HydraEngine.FixtureBooru;
using HydraEngine.FixtureBooru.Content;
using HydraEngine.FixtureBooru.Faults;
using HydraEngine.Host;
using HydraEngine.Storage.Maintenance;
using HydraEngine.Testing;

namespace HydraEngine.Cli.Tests.Commands.Serve;

/// <summary>
/// A real <c>hydra serve</c> runs a subscription and a thread watcher by itself (no <c>hydra run</c>); it is SIGKILLed
/// mid-download and started again: every file once, complete, nothing partial; then SIGTERM stops it cleanly.
/// </summary>
public sealed class ServeKillTests : IDisposable
{
    private const int Posts = 24;
    private const string Subscription = "serve: everything";
    private readonly TemporaryFolder folder = new();

    private string Database => folder.File("hydra.db");

    [Fact]
    public async Task Given_a_subscription_and_a_watcher_when_serve_is_killed_mid_download_and_restarted_then_every_file_is_stored_once_and_nothing_is_partial()
    {
        await using var booru = await FixtureBooruServer.StartAsync(new FixtureBooruOptions { PostCount = Posts });
        booru.Faults.Add(new FaultRule(FaultKind.SlowBody, FaultTarget.Files) { EveryKth = 1, BytesPerSecond = 16 * 1024 });
        DemoDownloader.Import(Database, DemoDownloader.Load(booru.Domain));
        using (var setup = Open())
        {
            setup.Downloads.AddSubscription(Subscription, DemoScenario.Gug, TagVocabulary.Creators.Select(creator => "creator:" + creator));
            setup.Downloads.AddWatcher(booru.UrlFor("/thread/1").ToString());
        }

        using (var first = ServeProcess.Start(Database))
        {
            await first.WaitUntilAsync(() => StoredFiles() >= 5, TimeSpan.FromSeconds(90));
            first.Process.Kill(entireProcessTree: true);
            await first.Process.WaitForExitAsync();
        }

        StoredFiles().ShouldBeLessThan(Posts);
        booru.Faults.Clear();
        using (var second = ServeProcess.Start(Database))
        {
            using var http = new HttpClient { BaseAddress = await second.AddressAsync() };
            (await http.GetStringAsync(new Uri("/health", UriKind.Relative))).ShouldContain("\"status\":\"ok\"");
            await second.WaitUntilAsync(AllFilesDone, TimeSpan.FromSeconds(120));
            second.Terminate();
            (await second.Process.WaitForExitAsync(TimeSpan.FromSeconds(60))).ShouldBe(0, second.Output);
        }

        Directory.EnumerateFiles(folder.Path, "*.part", SearchOption.AllDirectories).ShouldBeEmpty();
        using var engine = Open();
        var seeds = FileSeeds(engine);
        seeds.ShouldAllBe(seed => seed.Status == SeedStatus.Successful || seed.Status == SeedStatus.AlreadyInDb);
        var report = engine.Store.CheckIntegrity(new IntegrityCheckOptions { VerifyHashes = true });
        report.MissingFiles.ShouldBeEmpty();
        report.CorruptFiles.ShouldBeEmpty();
        report.TempFiles.ShouldBe(0);
        engine.Store.Search("system:everything").Count.ShouldBe(seeds.Select(seed => seed.FileHash).Distinct().Count());
    }

    public void Dispose() => folder.Dispose();

    private HydraEngineInstance Open() => HydraEngineHost.Open(HydraEngineOptions.ForDatabase(Database));

    /// <summary>Every file seed of the subscription (one per post: each post has one creator) and of the watcher.</summary>
    private static List<FileSeed> FileSeeds(HydraEngineInstance engine) =>
        SubscriptionSeeds(engine).Concat(engine.Downloads.Watchers().SelectMany(watcher => engine.Downloads.FileLog(watcher.FileLogId))).ToList();

    private static IEnumerable<FileSeed> SubscriptionSeeds(HydraEngineInstance engine) =>
        engine.Downloads.Subscription(Subscription).Queries.SelectMany(query => engine.Downloads.FileLog(query.FileLogId));

    private bool AllFilesDone()
    {
        using var engine = Open();
        return SubscriptionSeeds(engine).Count() == Posts && FileSeeds(engine).All(seed => seed.Status.IsDone());
    }

    private int StoredFiles() => ServeProcess.StoredFiles(Database);
}
