using System.Net;
using HydraEngine.FixtureBooru.Tests.Support;

namespace HydraEngine.FixtureBooru.Tests.Http;

public sealed class PostPageTests(SharedBooru booru) : IClassFixture<SharedBooru>
{
    [Fact]
    public async Task The_post_page_names_its_file_md5_title_and_notes()
    {
        var post = booru.Server.Site.FindPost(6)!;

        var html = await booru.Client.GetStringAsync("/post/6");

        html.ShouldContain($"<meta name=\"md5\" content=\"{post.Md5.ToUpperInvariant()}\">");
        html.ShouldContain($"<a id=\"original\" href=\"/files/{post.Sha256}.{post.File.Extension}\">");
        html.ShouldContain($"<h1 class=\"title\">{post.Title}</h1>");
        html.ShouldContain("<div class=\"note translation\">");
        html.ShouldContain($"<span class=\"posted-epoch\">{post.Posted.ToUnixTimeSeconds()}</span>");
    }

    [Fact]
    public async Task The_post_page_lists_tags_by_namespace()
    {
        var post = booru.Server.Site.FindPost(10)!;

        var html = await booru.Client.GetStringAsync("/post/10");

        html.ShouldContain($"<li class=\"tag-type-artist tag-creator\"><a href=\"/posts?page=1&amp;tags=creator%3A{post.TagsIn("creator")[0]}\">{post.TagsIn("creator")[0]}</a></li>");
        foreach (var general in post.TagsIn(""))
        {
            html.ShouldContain($"<li class=\"tag-type-general tag-general\"><a href=\"/posts?page=1&amp;tags={general}\">{general}</a></li>");
        }
    }

    [Fact]
    public async Task An_unknown_post_is_not_found()
    {
        using var response = await booru.Client.GetAsync("/post/999");

        response.StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }
}
