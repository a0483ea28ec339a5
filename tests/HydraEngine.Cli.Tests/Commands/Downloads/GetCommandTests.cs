using HydraEngine.Cli.Tests.Commands.Downloads.Support;

namespace HydraEngine.Cli.Tests.Commands.Downloads;

/// <summary><c>hydra get URL...</c> against a live fixture booru.</summary>
public sealed class GetCommandTests(BooruServer booru) : IClassFixture<BooruServer>, IDisposable
{
    private readonly CliDatabase database = new(booru);

    [Fact]
    public async Task A_post_url_downloads_its_file()
    {
        var result = await database.RunAsync("get", booru.Url("/post/3"));

        result.Code.ShouldBe(0, result.ToString());
        result.Lines[^1].ShouldContain("1 file: 1 new");
        database.StoredFiles().ShouldBe(1);
    }

    [Fact]
    public async Task Json_output_counts_the_urls_and_files()
    {
        var result = await database.RunAsync("get", booru.Url("/post/4"), booru.Url("/post/5"), "--json");

        result.Code.ShouldBe(0, result.ToString());
        result.LastJson.Select(pair => pair.Key).ShouldBe(["urls", "files_new", "files_already_in_db", "files_previously_deleted", "files_failed", "pages", "pages_failed"]);
        ((int)result.LastJson["urls"]!).ShouldBe(2);
        ((int)result.LastJson["files_new"]!).ShouldBe(2);
    }

    [Fact]
    public async Task A_thread_url_is_refused_with_a_pointer_to_watch()
    {
        var result = await database.RunAsync("get", booru.Url("/thread/1"));

        result.Code.ShouldBe(1);
        result.Error.ShouldContain("hydra watch");
    }

    [Fact]
    public async Task Tags_go_to_the_tag_service_named_by_tag_service()
    {
        (await database.RunAsync("tags", "services", "add", "site tags")).Code.ShouldBe(0);
        var result = await database.RunAsync("get", booru.Url("/post/6"), "--tag-service", "site tags");

        result.Code.ShouldBe(0, result.ToString());
        var post = booru.Server.Site.FindPost(6)!;
        using var store = HydraEngine.Storage.HydraStore.Open(HydraEngine.Storage.Database.StoreLocation.FromOption(database.Path));
        var tags = store.TagsOf(HydraEngine.Storage.Files.FileHash.Parse(post.Sha256));
        tags.Single(service => service.Service == "site tags").StorageTags.Count.ShouldBe(post.Tags.Count);
    }

    [Fact]
    public async Task An_unknown_tag_service_is_refused_before_anything_is_queued()
    {
        var result = await database.RunAsync("get", booru.Url("/post/7"), "--tag-service", "no such service");

        result.Code.ShouldBe(1);
        result.Error.ShouldContain("no tag service named 'no such service'");
    }

    public void Dispose() => database.Dispose();
}
