using HydraEngine.Downloading.Tests.Support;
using HydraEngine.FixtureBooru;
using HydraEngine.Storage.Files;
using HydraEngine.Testing;

namespace HydraEngine.Downloading.Tests.Queues;

/// <summary>A post URL whose class redirects to an API URL is fetched and parsed as the API answer (fixtures/downloaders/fixture-booru-api).</summary>
public sealed class ApiRedirectTests
{
    [Fact]
    public async Task A_post_url_is_fetched_through_its_api_url_and_stored_with_the_api_metadata()
    {
        await using var harness = await BooruHarness.StartAsync(new FixtureBooruOptions { PostCount = 5 });
        var source = Path.Combine(RepositoryPaths.Fixtures, "downloaders", "fixture-booru-api");
        var target = Directory.CreateTempSubdirectory("hydra-api-").FullName;
        try
        {
            var files = Directory.EnumerateFiles(source, "*.json").Select(file =>
            {
                var copy = Path.Combine(target, Path.GetFileName(file));
                File.WriteAllText(copy, FixtureDownloader.ForPort(File.ReadAllText(file), harness.Booru.Port));
                return copy;
            }).ToList();
            harness.Library.Import(files);
        }
        finally
        {
            Directory.Delete(target, recursive: true);
        }

        var post = harness.Booru.Site.Posts[2];
        harness.Engine!.AddUrls([$"{harness.Base}/post/{post.Id}"]);
        await harness.RunUntilIdleAsync();

        harness.Store.ShouldHavePost(post, harness.Base);
        harness.Booru.Requests.CountPath($"/api/post/{post.Id}").ShouldBe(1);
        harness.Booru.Requests.CountPath($"/post/{post.Id}").ShouldBe(0);
        harness.Store.GetFile(FileHash.Parse(post.Sha256))!.Urls.ShouldNotContain(url => url.Contains("/api/", StringComparison.Ordinal));
    }
}
