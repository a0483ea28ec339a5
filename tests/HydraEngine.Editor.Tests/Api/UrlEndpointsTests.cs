using System.Text.Json.Nodes;
using HydraEngine.Editor.Tests.Support;

namespace HydraEngine.Editor.Tests.Api;

/// <summary>The definition's URL classes on example URLs, and its GUGs on a search.</summary>
public sealed class UrlEndpointsTests
{
    [Fact]
    public async Task Example_urls_show_their_class_normalised_url_and_parser()
    {
        await using var server = await EditorServer.StartAsync();
        var body = new JsonObject { ["definition"] = Fixtures.Bundle, ["urls"] = new JsonArray("http://127.0.0.1:8089/post/7", "http://elsewhere.test/") };

        var (status, answer) = await server.PostAsync("urls", body);

        status.ShouldBe(200, answer?.ToJsonString());
        var post = answer!["urls"]![0]!;
        post["url_class"]!.GetValue<string>().ShouldBe("fixture booru post page");
        post["url_type"]!.GetValue<string>().ShouldBe("post");
        post["parser"]!.GetValue<string>().ShouldBe("fixture booru post page parser");
        answer["urls"]![1]!["problem"]!.GetValue<string>().ShouldContain("no URL class");
    }

    [Fact]
    public async Task Gugs_show_the_urls_they_make()
    {
        await using var server = await EditorServer.StartAsync();

        var (status, answer) = await server.PostAsync("gugs", new JsonObject { ["definition"] = Fixtures.Bundle, ["search"] = "blue sky" });

        status.ShouldBe(200);
        var gug = answer!["gugs"]!.AsArray().First(item => item!["name"]!.GetValue<string>() == "fixture booru tag search")!;
        gug["urls"]![0]!.GetValue<string>().ShouldContain("blue");
    }
}
