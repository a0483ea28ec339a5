using HydraEngine.FixtureBooru.Tests.Support;

namespace HydraEngine.FixtureBooru.Tests.Http;

public sealed class GalleryTests(SharedBooru booru) : IClassFixture<SharedBooru>
{
    private FixtureBooruServer Server => booru.Server;

    [Fact]
    public async Task The_first_page_shows_the_newest_posts_and_links_the_next_page()
    {
        var html = await booru.Client.GetStringAsync("/posts?page=1&tags=");

        PageScraper.GalleryPostIds(html).ShouldBe(Enumerable.Range(41, 20).Reverse());
        PageScraper.NextLink(html).ShouldBe("/posts?page=2&tags=");
    }

    [Fact]
    public async Task The_last_page_has_no_next_link()
    {
        var html = await booru.Client.GetStringAsync("/posts?page=3");

        PageScraper.GalleryPostIds(html).ShouldBe(Enumerable.Range(1, 20).Reverse());
        PageScraper.NextLink(html).ShouldBeNull();
    }

    [Fact]
    public async Task A_page_past_the_end_is_an_empty_gallery()
    {
        using var response = await booru.Client.GetAsync("/posts?page=9");

        response.StatusCode.ShouldBe(System.Net.HttpStatusCode.OK);
        PageScraper.GalleryPostIds(await response.Content.ReadAsStringAsync()).ShouldBeEmpty();
    }

    [Fact]
    public async Task A_tag_search_shows_only_posts_with_every_tag()
    {
        var expected = Server.Site.Posts.Where(post => post.Tags.Contains("blue_eyes") && post.Tags.Contains("smile"))
            .OrderByDescending(post => post.Id).Take(20).Select(post => post.Id).ToList();

        var html = await booru.Client.GetStringAsync("/posts?page=1&tags=blue_eyes+smile");

        expected.ShouldNotBeEmpty();
        PageScraper.GalleryPostIds(html).ShouldBe(expected);
    }

    [Fact]
    public async Task A_namespaced_search_selects_the_creators_posts()
    {
        var expected = Server.Site.Posts.Where(post => post.Tags.Contains("creator:mira")).OrderByDescending(post => post.Id).Take(20).Select(post => post.Id);

        var html = await booru.Client.GetStringAsync("/posts?page=1&tags=creator%3Amira");

        PageScraper.GalleryPostIds(html).ShouldBe(expected);
    }

    [Fact]
    public async Task A_minus_term_excludes_posts_with_that_tag()
    {
        var html = await booru.Client.GetStringAsync("/posts?page=1&tags=-blue_eyes");

        PageScraper.GalleryPostIds(html).Select(id => Server.Site.FindPost(id)!).ShouldAllBe(post => !post.Tags.Contains("blue_eyes"));
    }

    [Fact]
    public async Task A_page_that_is_not_a_number_is_a_bad_request()
    {
        using var response = await booru.Client.GetAsync("/posts?page=two");

        response.StatusCode.ShouldBe(System.Net.HttpStatusCode.BadRequest);
    }
}
