using HydraEngine.Downloading.Running;
using HydraEngine.Downloading.Seeds;
using HydraEngine.FixtureBooru;
using HydraEngine.Host;
using HydraEngine.Network;
using HydraEngine.Plugins.Tests.Support;
using HydraEngine.Storage.Files;
using HydraEngine.Testing;

namespace HydraEngine.Plugins.Tests.Sites;

/// <summary>
/// The download engine hands the URLs a plugin's site handler claims to it: the SignedApi sample reads the fixture
/// booru's JSON API gallery (signed requests over the engine's network) and every post's file arrives with its tags.
/// </summary>
public sealed class SiteHandlerDownloadTests : IAsyncLifetime
{
    private const string ApiGalleryClass = "parsers/fixture-booru/plugins-demo/api-gallery.json";

    private readonly PluginSandbox sandbox = new(BuiltPlugins.SignedApi);
    private FixtureBooruServer? booru;
    private HydraEngineInstance? engine;

    public async Task InitializeAsync()
    {
        booru = await FixtureBooruServer.StartAsync(new FixtureBooruOptions { PostCount = 7, PostsPerPage = 3 });
        var downloader = Path.Combine(sandbox.Root, "downloader");
        var files = FixtureDownloader.WriteFiles(Path.Combine(RepositoryPaths.Root, "parsers", "fixture-booru"), booru.Port, downloader).ToList();
        var apiGallery = Path.Combine(downloader, "api-gallery.json");
        File.WriteAllText(apiGallery, FixtureDownloader.ForPort(File.ReadAllText(Path.Combine(RepositoryPaths.Root, ApiGalleryClass)), booru.Port));
        files.Add(apiGallery);
        engine = HydraEngineHost.Open(HydraEngineOptions.ForDatabase(Path.Combine(sandbox.Root, "store", "hydra.db")) with
        {
            Plugins = sandbox.Options,
            Network = new NetworkOptions { Polite = false, RetryBaseDelay = TimeSpan.FromMilliseconds(50), MaxRetryDelay = TimeSpan.FromSeconds(1) },
        });
        engine.Library.Import(files);
    }

    [Fact]
    public async Task A_gallery_the_site_handler_claims_downloads_every_post_with_its_tags()
    {
        engine!.Downloads.AddUrls([$"http://127.0.0.1:{booru!.Port}/api/posts?page=1&tags="]);

        await engine.Downloads.RunAsync(new RunOptions(StopWhenIdle: true));

        foreach (var post in booru.Site.Posts)
        {
            var report = engine.UseStore(store => store.GetFile(FileHash.Parse(post.Sha256)));
            report.ShouldNotBeNull($"post {post.Id}'s file did not arrive");
            var tags = report.AllDisplayTags.Select(Loose).ToHashSet();
            post.Tags.Select(Loose).ShouldBeSubsetOf(tags);
        }
    }

    [Fact]
    public async Task The_handler_reads_every_api_page_through_the_engine_network_with_its_signature()
    {
        engine!.Downloads.AddUrls([$"http://127.0.0.1:{booru!.Port}/api/posts?page=1&tags="]);

        await engine.Downloads.RunAsync(new RunOptions(StopWhenIdle: true));

        var apiRequests = booru.Requests.Snapshot().Where(request => request.Path == "/api/posts").ToList();
        apiRequests.Select(request => request.PathAndQuery).ShouldContain(query => query.Contains("page=3", StringComparison.Ordinal));
        apiRequests.ShouldAllBe(request => request.Headers.ContainsKey("x-signature"));
    }

    [Fact]
    public async Task Without_the_plugin_the_same_gallery_page_fails_for_want_of_a_parser_and_fetches_no_file()
    {
        await using var plain = HydraEngineHost.Open(HydraEngineOptions.ForDatabase(Path.Combine(sandbox.Root, "plain", "hydra.db")));
        plain.Library.Import(Directory.EnumerateFiles(Path.Combine(sandbox.Root, "downloader")));
        var (queue, _) = plain.Downloads.AddUrls([$"http://127.0.0.1:{booru!.Port}/api/posts?page=1&tags="]);

        await plain.Downloads.RunAsync(new RunOptions(StopWhenIdle: true));

        booru.Requests.Snapshot().ShouldNotContain(request => request.Path.StartsWith("/files/", StringComparison.Ordinal));
        plain.Downloads.GalleryLog(queue.GalleryLogId).ShouldHaveSingleItem().Status.ShouldNotBe(SeedStatus.Successful);
    }

    public async Task DisposeAsync()
    {
        if (engine is not null)
        {
            await engine.DisposeAsync();
        }

        if (booru is not null)
        {
            await booru.DisposeAsync();
        }

        sandbox.Dispose();
    }

    private static string Loose(string tag) => tag.Replace('_', ' ').ToLowerInvariant();
}
