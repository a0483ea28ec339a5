using HydraEngine.Cli.Commands.Demo;
using HydraEngine.Cli.Tests.Commands.Downloads;
using HydraEngine.Downloading.Seeds;
using HydraEngine.FixtureBooru;
using HydraEngine.FixtureBooru.Faults;
using HydraEngine.Host;
using FileHash = HydraEngine.Storage.Files.FileHash;
using HydraEngine.Testing;

namespace HydraEngine.Cli.Tests.Commands.Serve;

/// <summary>
/// A downloaded file, its per-service tags (the Client API's additional tags) and its seed's status commit together.
/// A real <c>hydra serve</c> is SIGKILLed several times mid-download; after every kill, each stored file has its
/// per-service tags and a finished seed, and each finished seed has its file. The last start finishes the queue.
/// </summary>
public sealed class ServeCombinedCommitKillTests : IDisposable
{
    private const int Posts = 16;
    private const int Kills = 3;
    private const string ExtraService = "api extras";
    private const string ExtraTag = "queued with this tag";
    private readonly TemporaryFolder folder = new();

    private string Database => folder.File("hydra.db");

    [Fact]
    public async Task Given_urls_queued_with_per_service_tags_when_serve_is_killed_repeatedly_then_no_file_is_ever_kept_without_its_tags_or_its_seed_status()
    {
        await using var booru = await FixtureBooruServer.StartAsync(new FixtureBooruOptions { PostCount = Posts });
        booru.Faults.Add(new FaultRule(FaultKind.SlowBody, FaultTarget.Files) { EveryKth = 1, BytesPerSecond = 24 * 1024 });
        DemoDownloader.Import(Database, DemoDownloader.Load(booru.Domain));
        using (var setup = Open())
        {
            setup.Store.AddTagService(ExtraService);
            var metadata = new SeedMetadata { ServiceTags = new Dictionary<string, IReadOnlyList<string>> { [ExtraService] = [ExtraTag] } };
            setup.Downloads.AddUrls(booru.Site.Posts.Select(post => booru.UrlFor(post.PagePath).ToString()), metadata: metadata);
        }

        for (var kill = 1; kill <= Kills; kill++)
        {
            var before = StoredFiles();
            using var serve = ServeProcess.Start(Database);
            await serve.WaitUntilAsync(() => StoredFiles() >= Math.Min(before + 2, Posts), TimeSpan.FromSeconds(90));
            serve.Process.Kill(entireProcessTree: true);
            await serve.Process.WaitForExitAsync();
            AssertFilesTagsAndSeedsAgree($"after kill {kill}");
        }

        booru.Faults.Clear();
        using (var last = ServeProcess.Start(Database))
        {
            await last.WaitUntilAsync(() => Seeds().All(seed => seed.Status.IsDone()), TimeSpan.FromSeconds(120));
            last.Terminate();
            (await last.Process.WaitForExitAsync(TimeSpan.FromSeconds(60))).ShouldBe(0, last.Output);
        }

        AssertFilesTagsAndSeedsAgree("at the end");
        StoredFiles().ShouldBe(Posts);
        Seeds().ShouldAllBe(seed => seed.Status == SeedStatus.Successful);
        Directory.EnumerateFiles(folder.Path, "*.part", SearchOption.AllDirectories).ShouldBeEmpty();
    }

    public void Dispose() => folder.Dispose();

    private void AssertFilesTagsAndSeedsAgree(string when)
    {
        using var engine = Open();
        var stored = engine.Store.Search("system:everything").Hashes.ToHashSet();
        foreach (var hash in stored)
        {
            var extra = engine.Store.TagsOf(hash).SingleOrDefault(tags => tags.Service == ExtraService);
            (extra?.StorageTags ?? []).ShouldContain(ExtraTag, $"{when}: {hash.ToHex()} was kept without its per-service tags");
        }

        var seeds = engine.Downloads.FileLog(engine.Downloads.UrlQueues().Single().FileLogId);
        var finished = seeds.Where(seed => seed.Status.IsDone()).ToList();
        finished.ShouldAllBe(seed => seed.Status == SeedStatus.Successful, when);
        finished.Select(seed => FileHash.Parse(seed.FileHash!)).ToHashSet().SetEquals(stored)
            .ShouldBeTrue($"{when}: {finished.Count} finished seeds but {stored.Count} stored files");
    }

    private HydraEngineInstance Open() => HydraEngineHost.Open(HydraEngineOptions.ForDatabase(Database));

    private List<FileSeed> Seeds()
    {
        using var engine = Open();
        return engine.Downloads.FileLog(engine.Downloads.UrlQueues().Single().FileLogId).ToList();
    }

    private int StoredFiles() => ServeProcess.StoredFiles(Database);
}
