using System.Text.Json.Nodes;
using HydraEngine.Editor.Tests.Support;

namespace HydraEngine.Editor.Tests.Api;

/// <summary><c>POST /editor/api/suggest</c>: rules that reach, in a changed document, the values a rule yielded before.</summary>
public sealed class RepairEndpointsTests
{
    private const string Changed = """
        <html><body><div class="sidebar"><ul class="tags-v2">
        <li class="t-artist"><a href="/posts?tags=some_artist">some artist</a></li>
        <li class="t-general"><a href="/posts?tags=blue_sky">blue sky</a></li>
        <li class="t-general"><a href="/posts?tags=cloud">cloud</a></li>
        </ul></div><p>blue sky</p></body></html>
        """;

    [Fact]
    public async Task The_best_suggestion_reaches_every_old_value_and_parses_them_again()
    {
        await using var server = await EditorServer.StartAsync();

        var (status, answer) = await server.PostAsync("suggest", new JsonObject { ["document"] = Changed, ["values"] = new JsonArray("blue sky", "cloud") });

        status.ShouldBe(200);
        var best = answer!["suggestions"]![0]!;
        best["found"]!.GetValue<int>().ShouldBe(2);
        best["extra"]!.GetValue<int>().ShouldBe(0);
        best["formula"]!["kind"]!.GetValue<string>().ShouldBe("html_formula");
    }

    [Fact]
    public async Task Values_that_are_not_strings_are_a_400()
    {
        await using var server = await EditorServer.StartAsync();

        var (status, answer) = await server.PostAsync("suggest", new JsonObject { ["document"] = Changed, ["values"] = new JsonArray(1) });

        status.ShouldBe(400);
        answer!["where"]!.GetValue<string>().ShouldBe("/values");
    }
}
