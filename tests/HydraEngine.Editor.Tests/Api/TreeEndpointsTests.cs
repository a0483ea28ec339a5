using System.Text.Json.Nodes;
using HydraEngine.Editor.Tests.Support;

namespace HydraEngine.Editor.Tests.Api;

/// <summary><c>POST /editor/api/tree</c> and <c>/chain</c>: the rendered document tree, and the rule chains to a clicked node.</summary>
public sealed class TreeEndpointsTests
{
    [Fact]
    public async Task Clicking_a_link_in_the_tree_proposes_a_chain_that_yields_its_href()
    {
        await using var server = await EditorServer.StartAsync();

        var (status, tree) = await server.PostAsync("tree", new JsonObject { ["document"] = Fixtures.PostPage });
        status.ShouldBe(200);
        var original = Find(tree!["root"]!, "a#original")!;
        var (chainStatus, answer) = await server.PostAsync("chain", new JsonObject { ["document"] = Fixtures.PostPage, ["path"] = original["path"]!.DeepClone() });

        chainStatus.ShouldBe(200);
        var chain = answer!["chains"]![0]!;
        chain["formula"]!["kind"]!.GetValue<string>().ShouldBe("html_formula");
        chain["yields"]![0]!.GetValue<string>().ShouldBe("//files.fixture.test/orig/101.png");
    }

    [Fact]
    public async Task A_json_document_is_a_tree_of_keys_and_a_clicked_value_a_json_formula()
    {
        await using var server = await EditorServer.StartAsync();
        const string json = """{"posts": [{"id": 1}, {"id": 2}]}""";

        var (_, tree) = await server.PostAsync("tree", new JsonObject { ["document"] = json });
        var (status, answer) = await server.PostAsync("chain", new JsonObject { ["document"] = json, ["path"] = new JsonArray("posts", 1, "id") });

        tree!["kind"]!.GetValue<string>().ShouldBe("json");
        status.ShouldBe(200);
        answer!["chains"]![0]!["formula"]!["kind"]!.GetValue<string>().ShouldBe("json_formula");
        answer["chains"]![1]!["yields"]!.AsArray().Select(value => value!.GetValue<string>()).ShouldBe(["1", "2"]);
    }

    [Fact]
    public async Task A_path_of_the_wrong_shape_is_a_400_naming_the_step()
    {
        await using var server = await EditorServer.StartAsync();

        var (status, answer) = await server.PostAsync("chain", new JsonObject { ["document"] = "<p>x</p>", ["path"] = new JsonArray(0, true) });

        status.ShouldBe(400);
        answer!["where"]!.GetValue<string>().ShouldBe("/path/1");
    }

    private static JsonNode? Find(JsonNode node, string label) =>
        node["label"]!.GetValue<string>() == label ? node : node["children"]!.AsArray().Select(child => Find(child!, label)).FirstOrDefault(found => found is not null);
}
