using System.Text.Json.Nodes;
using HydraEngine.FixtureBooru.Tests.Support;

namespace HydraEngine.FixtureBooru.Tests.Http;

public sealed class ApiTests(SharedBooru booru) : IClassFixture<SharedBooru>
{
    [Fact]
    public async Task The_api_gallery_lists_a_page_of_posts_and_the_next_page()
    {
        var json = JsonNode.Parse(await booru.Client.GetStringAsync("/api/posts?page=1&tags=blue_eyes"))!;

        var expected = booru.Server.Site.Search("blue_eyes");
        json["posts"]!.AsArray().Select(post => (int)post!["id"]!).ShouldBe(expected.Take(20).Select(post => post.Id));
        ((int)json["meta"]!["total"]!).ShouldBe(expected.Count);
        ((string?)json["meta"]!["next"]).ShouldBe(expected.Count > 20 ? "/api/posts?page=2&tags=blue_eyes" : null);
    }

    [Fact]
    public async Task The_api_post_carries_an_absolute_file_url_and_its_hashes()
    {
        var post = booru.Server.Site.FindPost(12)!;

        var json = JsonNode.Parse(await booru.Client.GetStringAsync("/api/post/12"))!;

        ((string)json["file"]!["url"]!).ShouldBe(booru.Server.UrlFor(post.File.Path).ToString());
        ((string)json["file"]!["md5"]!).ShouldBe(post.Md5);
        ((string)json["file"]!["sha256"]!).ShouldBe(post.Sha256);
        json["tags"]!["creator"]!.AsArray().Select(tag => (string)tag!).ShouldBe(post.TagsIn("creator"));
    }
}
