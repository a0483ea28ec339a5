using System.Text.Json.Nodes;
using HydraEngine.Editor.Tests.Support;

namespace HydraEngine.Editor.Tests.Api;

/// <summary>Test packs from the editor: run against the edited definition, saved with it, exported and loaded back.</summary>
public sealed class TestEndpointsTests
{
    [Fact]
    public async Task A_pack_made_from_the_current_results_passes_and_fails_once_a_rule_breaks()
    {
        await using var server = await EditorServer.StartAsync();
        var pack = await PackFromCurrentResults(server);
        var broken = Fixtures.PostParser;
        broken["content_parsers"]![1]!["formula"]!["rules"]![0]!["tag_name"] = "no-such-tag";

        var (_, passing) = await server.PostAsync("tests", new JsonObject { ["definition"] = Fixtures.PostParser, ["test_packs"] = pack.DeepClone() });
        var (_, failing) = await server.PostAsync("tests", new JsonObject { ["definition"] = broken, ["test_packs"] = pack.DeepClone() });

        passing!["passed"]!.GetValue<int>().ShouldBe(1);
        failing!["failed"]!.GetValue<int>().ShouldBe(1);
        failing["results"]![0]!["problem"]!.GetValue<string>().ShouldContain("missing");
    }

    [Fact]
    public async Task A_saved_pack_comes_back_when_the_parser_is_opened_and_travels_in_the_native_export()
    {
        await using var server = await EditorServer.StartAsync();
        var pack = await PackFromCurrentResults(server);

        var (status, saved) = await server.PostAsync("library/save", new JsonObject { ["definition"] = Fixtures.PostParser, ["test_packs"] = pack.DeepClone() });
        var (_, opened) = await server.GetAsync("library/object?kind=parser&name=" + Uri.EscapeDataString(Fixtures.ParserName));
        using var export = await server.Client.PostAsync("export", new StringContent(new JsonObject { ["definition"] = Fixtures.PostParser, ["format"] = "json", ["test_packs"] = pack.DeepClone() }.ToJsonString()));
        var (_, loaded) = await server.PostBytesAsync("load?name=export.json", await export.Content.ReadAsByteArrayAsync());

        status.ShouldBe(200, saved?.ToJsonString());
        saved!["test_results"]![0]!["passed"]!.GetValue<bool>().ShouldBeTrue();
        opened!["test_packs"]!.AsArray().Count.ShouldBe(1);
        loaded!["ok"]!.GetValue<bool>().ShouldBeTrue();
        loaded["test_packs"]![0]!["url"]!.GetValue<string>().ShouldBe(Fixtures.PostUrl);
    }

    private static async Task<JsonArray> PackFromCurrentResults(EditorServer server)
    {
        var (_, expected) = await server.PostAsync("parse", Fixtures.ParseBody(Fixtures.PostParser));
        return new JsonArray(new JsonObject { ["parser"] = Fixtures.ParserName, ["url"] = Fixtures.PostUrl, ["document"] = Fixtures.PostPage, ["expected"] = expected!.DeepClone() });
    }
}
