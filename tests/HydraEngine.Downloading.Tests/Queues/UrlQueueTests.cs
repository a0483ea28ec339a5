using HydraEngine.Downloading.Seeds;
using HydraEngine.Downloading.Tests.Support;
using HydraEngine.FixtureBooru;
using HydraEngine.Storage.Files;

namespace HydraEngine.Downloading.Tests.Queues;

/// <summary>Importing single URLs: post pages with their metadata, direct file URLs, refusals.</summary>
public sealed class UrlQueueTests
{
    [Fact]
    public async Task A_post_url_is_stored_with_its_tags_notes_urls_and_source_time()
    {
        await using var harness = await BooruHarness.StartAsync(new FixtureBooruOptions { PostCount = 12 });
        var post = harness.Booru.Site.Posts.First(candidate => candidate.Notes.Count > 0);
        harness.Engine!.AddUrls([$"{harness.Base}/post/{post.Id}"]);
        await harness.RunUntilIdleAsync();
        harness.Store.ShouldHavePost(post, harness.Base);
        var report = harness.Store.GetFile(FileHash.Parse(post.Sha256))!;
        report.Notes.Keys.ShouldBe(post.Notes.Select(note => note.Name), ignoreOrder: true);
        report.Urls.ShouldContain(url => url.Contains("/files/", StringComparison.Ordinal));
        report.Timestamps.ShouldContain(timestamp => timestamp.Time.ToUnixTimeSeconds() == post.Posted.ToUnixTimeSeconds());
    }

    [Fact]
    public async Task A_file_url_is_downloaded_directly()
    {
        await using var harness = await BooruHarness.StartAsync(new FixtureBooruOptions { PostCount = 3 });
        var post = harness.Booru.Site.Posts[1];
        harness.Engine!.AddUrls([$"{harness.Base}{post.File.Path}"]);
        await harness.RunUntilIdleAsync();
        harness.Store.GetFile(FileHash.Parse(post.Sha256))!.Status.ShouldBe(FileStatus.Current);
    }

    [Fact]
    public async Task A_url_already_queued_is_not_queued_again()
    {
        await using var harness = await BooruHarness.StartAsync(new FixtureBooruOptions { PostCount = 3 });
        harness.Engine!.AddUrls([$"{harness.Base}/post/1"]).Added.ShouldBe(1);
        harness.Engine.AddUrls([$"{harness.Base}/post/1?utm_source=x"]).Added.ShouldBe(0);
    }

    [Fact]
    public async Task A_missing_post_is_vetoed_with_the_reason()
    {
        await using var harness = await BooruHarness.StartAsync(new FixtureBooruOptions { PostCount = 3 });
        var (queue, _) = harness.Engine!.AddUrls([$"{harness.Base}/post/999"]);
        await harness.RunUntilIdleAsync();
        var seed = harness.Engine.FileLog(queue.FileLogId).Single();
        seed.Status.ShouldBe(SeedStatus.Vetoed);
        seed.Note.ShouldContain("404");
    }

    [Fact]
    public async Task Only_http_and_https_urls_are_accepted()
    {
        await using var harness = await BooruHarness.StartAsync(new FixtureBooruOptions { PostCount = 1 });
        Should.Throw<DownloadException>(() => harness.Engine!.AddUrls(["file:///etc/passwd"])).Message.ShouldContain("http");
    }
}
