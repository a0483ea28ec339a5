using HydraEngine.Model.Parsing;
using HydraEngine.Parsing.Tracing;

namespace HydraEngine.Parsing.Tests.Tracing;

/// <summary>Clicking a node of the document tree proposes the rule chains that reach it, each run by the engine.</summary>
public sealed class NodeChainsTests
{
    private const string Page = """
        <html><body><ul class="tags"><li><a href="/t/sky">sky</a></li><li><a href="/t/cloud">cloud</a></li></ul></body></html>
        """;

    [Fact]
    public void A_link_proposes_its_href_by_class_and_with_the_index_that_singles_it_out()
    {
        var (_, root, _) = DocumentTree.Build(Page);
        var second = root.Children[1].Children[0].Children[1].Children[0];
        second.Label.ShouldBe("a");

        var chains = new NodeChains().Propose(Page, second.Path);

        chains[0].Yields.ShouldBe(["/t/sky", "/t/cloud"]);
        chains[1].Yields.ShouldBe(["/t/cloud"]);
        ((HtmlFormula)chains[1].Formula).Rules[^1].TagIndex.ShouldBe(1);
    }

    [Fact]
    public void A_json_value_proposes_its_keys_and_indices_and_every_item()
    {
        const string json = """{"posts": [{"id": 7}, {"id": 8}]}""";

        var chains = new NodeChains().Propose(json, [new JsonStep("posts", null), new JsonStep(null, 1), new JsonStep("id", null)]);

        chains[0].Yields.ShouldBe(["8"]);
        chains[1].Yields.ShouldBe(["7", "8"]);
    }

    [Fact]
    public void A_path_that_leads_nowhere_is_refused()
    {
        Should.Throw<ArgumentException>(() => new NodeChains().Propose(Page, [new JsonStep(null, 0), new JsonStep(null, 9)]));
    }

    [Fact]
    public void The_json_tree_labels_keys_and_items()
    {
        var (kind, root, truncated) = DocumentTree.Build("""{"posts": [{"id": 7}]}""");

        kind.ShouldBe("json");
        truncated.ShouldBeFalse();
        root.Children[0].Label.ShouldBe("[\"posts\"]");
        root.Children[0].Children[0].Children[0].Text.ShouldBe("7");
    }
}
