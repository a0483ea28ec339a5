using HydraEngine.Downloading.Seeds;
using HydraEngine.Downloading.Tests.Support;
using HydraEngine.Storage.Files;

namespace HydraEngine.Downloading.Tests.Galleries;

/// <summary>Gallery downloads over real loopback HTTP against the fixture booru.</summary>
public sealed class GalleryDownloadTests
{
    private const string Gug = "fixture booru tag search";

    [Fact]
    public async Task A_gallery_download_stores_every_matching_file_with_its_tags()
    {
        await using var harness = await BooruHarness.StartAsync();
        var tag = StoreAssertions.CommonTag(harness.Booru.Site, 21);
        harness.Engine!.AddGalleryDownload(Gug, tag);
        await harness.RunUntilIdleAsync();
        var expected = harness.Booru.Site.Search(tag);
        expected.Count.ShouldBeGreaterThan(harness.Booru.Site.PostsPerPage);
        foreach (var post in expected)
        {
            harness.Store.ShouldHavePost(post, harness.Base);
        }

        harness.Store.Search("system:everything").Count.ShouldBe(expected.Count);
    }

    [Fact]
    public async Task The_file_limit_stops_a_gallery_download()
    {
        await using var harness = await BooruHarness.StartAsync();
        var download = harness.Engine!.AddGalleryDownload(Gug, "", fileLimit: 7);
        await harness.RunUntilIdleAsync();
        harness.Store.Search("system:everything").Count.ShouldBe(7);
        harness.Engine.GalleryDownloads().Single().StopReason.ShouldBe("hit file limit");
        harness.Engine.GalleryLog(download.GalleryLogId).Count(seed => seed.Status == SeedStatus.Successful).ShouldBe(1);
    }

    [Fact]
    public async Task A_gallery_download_stops_after_the_last_page()
    {
        await using var harness = await BooruHarness.StartAsync();
        var download = harness.Engine!.AddGalleryDownload(Gug, "");
        await harness.RunUntilIdleAsync();
        var pages = (int)Math.Ceiling(harness.Booru.Site.Posts.Count / (double)harness.Booru.Site.PostsPerPage);
        var log = harness.Engine.GalleryLog(download.GalleryLogId);
        log.Count(seed => seed.Status == SeedStatus.Successful).ShouldBe(pages);
        log.Count.ShouldBeLessThanOrEqualTo(pages + 1);
        harness.Store.Search("system:everything").Count.ShouldBe(harness.Booru.Site.Posts.Count);
    }

    [Fact]
    public async Task Files_already_in_the_store_are_not_downloaded_again()
    {
        await using var harness = await BooruHarness.StartAsync(new FixtureBooru.FixtureBooruOptions { PostCount = 12 });
        harness.Engine!.AddGalleryDownload(Gug, "");
        await harness.RunUntilIdleAsync();
        var fileRequests = harness.Booru.Requests.Snapshot().Count(request => request.Path.StartsWith("/files/", StringComparison.Ordinal));
        var second = harness.Engine.AddGalleryDownload(Gug, "");
        await harness.RunUntilIdleAsync();
        harness.Booru.Requests.Snapshot().Count(request => request.Path.StartsWith("/files/", StringComparison.Ordinal)).ShouldBe(fileRequests);
        harness.Engine.FileLog(second.FileLogId).ShouldAllBe(seed => seed.Status == SeedStatus.AlreadyInDb);
    }

    [Fact]
    public async Task Previously_deleted_files_are_skipped_without_a_download()
    {
        await using var harness = await BooruHarness.StartAsync(new FixtureBooru.FixtureBooruOptions { PostCount = 5 });
        harness.Engine!.AddGalleryDownload(Gug, "");
        await harness.RunUntilIdleAsync();
        var victim = harness.Booru.Site.Posts[0];
        harness.Store.Delete([FileHash.Parse(victim.Sha256)], new Storage.Deletion.DeleteOptions(Permanent: true));
        var filesBefore = harness.Booru.Requests.CountPath(victim.File.Path);
        var again = harness.Engine.AddGalleryDownload(Gug, "");
        await harness.RunUntilIdleAsync();
        harness.Engine.FileLog(again.FileLogId).Count(seed => seed.Status == SeedStatus.PreviouslyDeleted).ShouldBe(1);
        harness.Booru.Requests.Snapshot().Count(request => request.Path.Contains(victim.Sha256, StringComparison.Ordinal)).ShouldBe(filesBefore);
    }
}
