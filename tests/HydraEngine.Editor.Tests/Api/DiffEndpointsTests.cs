using System.Text.Json.Nodes;
using HydraEngine.Editor.Tests.Support;

namespace HydraEngine.Editor.Tests.Api;

/// <summary><c>POST /editor/api/diff</c>: what changed between a saved test document and the current one around the failing rule.</summary>
public sealed class DiffEndpointsTests
{
    private static JsonObject Body(string now, string pointer = "/content_parsers/0") => new()
    {
        ["definition"] = Fixtures.PostParser,
        ["url"] = Fixtures.PostUrl,
        ["pointer"] = pointer,
        ["old"] = Fixtures.PostPage,
        ["new"] = now,
    };

    [Fact]
    public async Task A_renamed_tag_list_is_shown_on_the_element_path_of_the_failing_rule()
    {
        await using var server = await EditorServer.StartAsync();
        var changed = Fixtures.PostPage.Replace("class=\"tag-type-", "class=\"tag-kind-", StringComparison.Ordinal);

        var (status, diff) = await server.PostAsync("diff", Body(changed));

        status.ShouldBe(200);
        diff!["kind"]!.GetValue<string>().ShouldBe("html");
        diff["rule_pointer"]!.GetValue<string>().ShouldStartWith("/content_parsers/0/formula/rules/");
        diff["old_path"]!.GetValue<string>().ShouldContain("section#tags > ul > li.tag-type-");
        diff["new_path"]!.GetValue<string>().ShouldContain("li.tag-kind-");
        diff["changes"]!.AsArray().Select(change => change!.GetValue<string>()).ShouldContain(change => change.Contains("class added 'tag-kind-", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_pointer_that_names_no_content_parser_is_a_422()
    {
        await using var server = await EditorServer.StartAsync();

        var (status, answer) = await server.PostAsync("diff", Body(Fixtures.PostPage, "/content_parsers/99"));

        status.ShouldBe(422);
        answer!["where"]!.GetValue<string>().ShouldBe("/pointer");
    }
}
