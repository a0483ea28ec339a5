using HydraEngine.FixtureBooru.Tests.Support;
using HydraEngine.Matching.Gugs;
using HydraEngine.Model.Urls;

namespace HydraEngine.FixtureBooru.Tests.Downloader;

/// <summary>The shipped URL classes, GUG and parser links against the live server's URLs.</summary>
public sealed class DomainMatchingTests(SharedBooru booru) : IClassFixture<SharedBooru>
{
    private FixtureBooruServer Server => booru.Server;

    public static TheoryData<string, string, UrlType, string> LiveUrls() => new()
    {
        { "/posts?page=2&tags=blue_eyes", "fixture booru gallery page", UrlType.Gallery, "fixture booru gallery page parser" },
        { "/members/posts?page=1&tags=", "fixture booru members gallery page", UrlType.Gallery, "fixture booru gallery page parser" },
        { "/post/12", "fixture booru post page", UrlType.Post, "fixture booru post page parser" },
        { "/thread/1", "fixture booru thread", UrlType.Watchable, "fixture booru thread parser" },
    };

    [Theory]
    [MemberData(nameof(LiveUrls))]
    public void A_live_page_url_matches_its_class_and_linked_parser(string pathAndQuery, string className, UrlType type, string parserName)
    {
        var manager = LoadedDownloader.For(Server).DomainManager();
        var url = Server.UrlFor(pathAndQuery).ToString();

        var urlClass = manager.GetUrlClass(url)!;

        (urlClass.Class.Name, urlClass.Class.UrlType).ShouldBe((className, type));
        manager.GetUrlToFetchAndParser(url).Parser.Name.ShouldBe(parserName);
    }

    [Fact]
    public void Every_served_file_url_matches_the_file_class()
    {
        var manager = LoadedDownloader.For(Server).DomainManager();

        Server.Site.Files.Select(file => manager.GetUrlClass(Server.UrlFor(file.Path).ToString())?.Class.Name).Distinct().ShouldBe(["fixture booru file"]);
    }

    [Fact]
    public async Task The_tag_search_gug_makes_a_gallery_url_the_server_answers()
    {
        var gug = LoadedDownloader.For(Server).Gug("fixture booru tag search");

        var url = GalleryUrlGeneration.Generate(gug, "blue_eyes smile");
        var html = await booru.Client.GetStringAsync(url);

        url.ShouldBe(Server.UrlFor("/posts?page=1&tags=blue_eyes+smile").ToString());
        PageScraper.GalleryPostIds(html).ShouldBe(Server.Site.Search("blue_eyes smile").Take(20).Select(post => post.Id));
    }

    [Fact]
    public async Task The_gallery_class_makes_the_next_page_url_the_server_links()
    {
        var manager = LoadedDownloader.For(Server).DomainManager();
        var first = Server.UrlFor("/posts?page=1&tags=").ToString();

        var next = manager.GetUrlClass(first)!.GetNextGalleryPage(first);

        next.ShouldBe(Server.UrlFor(PageScraper.NextLink(await booru.Client.GetStringAsync(first))!).ToString());
    }
}
