using System.Text.Json.Nodes;
using HydraEngine.Editor.Tests.Support;

namespace HydraEngine.Editor.Tests.Api;

/// <summary>The library from the editor: save as a new version, list, open with history.</summary>
public sealed class LibraryEndpointsTests
{
    [Fact]
    public async Task Saving_twice_makes_two_versions_and_opening_shows_the_newest()
    {
        await using var server = await EditorServer.StartAsync();
        var parser = Fixtures.PostParser;
        (await server.PostAsync("library/save", new JsonObject { ["definition"] = parser.DeepClone() })).Status.ShouldBe(200);
        parser["content_parsers"]![0]!["name"] = "artist comment (edited)";

        var (status, saved) = await server.PostAsync("library/save", new JsonObject { ["definition"] = parser.DeepClone() });
        var (_, opened) = await server.GetAsync("library/object?kind=parser&name=" + Uri.EscapeDataString("fixture post page"));

        status.ShouldBe(200, saved?.ToJsonString());
        saved!["saved"]![0]!["version"]!.GetValue<int>().ShouldBe(2);
        opened!["version"]!.GetValue<int>().ShouldBe(2);
        opened["native"]!["content_parsers"]![0]!["name"]!.GetValue<string>().ShouldBe("artist comment (edited)");
        opened["history"]!.AsArray().Count.ShouldBe(2);
    }

    [Fact]
    public async Task An_edit_saved_over_a_library_object_is_a_local_edit_in_its_history_and_the_list()
    {
        await using var server = await EditorServer.StartAsync();
        var parser = Fixtures.PostParser;
        await server.PostAsync("library/save", new JsonObject { ["definition"] = parser.DeepClone() });
        parser["content_parsers"]![0]!["name"] = "artist comment (edited)";
        await server.PostAsync("library/save", new JsonObject { ["definition"] = parser.DeepClone() });

        var (_, opened) = await server.GetAsync("library/object?kind=parser&name=" + Uri.EscapeDataString("fixture post page"));
        var (_, listed) = await server.GetAsync("library");

        opened!["history"]!.AsArray().Select(version => version!["origin"]!.GetValue<string>()).ShouldBe(["Import", "LocalEdit"]);
        listed!["objects"]!.AsArray().Single(item => item!["name"]!.GetValue<string>() == "fixture post page")!["local_edit"]!.GetValue<bool>().ShouldBeTrue();
    }

    [Fact]
    public async Task The_list_names_every_saved_object()
    {
        await using var server = await EditorServer.StartAsync();
        await server.PostAsync("library/save", new JsonObject { ["definition"] = Fixtures.Bundle });

        var (status, listed) = await server.GetAsync("library");

        status.ShouldBe(200);
        listed!["objects"]!.AsArray().Select(item => item!["name"]!.GetValue<string>()).ShouldContain("fixture booru tag search");
    }

    [Fact]
    public async Task Saving_what_the_library_has_is_a_409()
    {
        await using var server = await EditorServer.StartAsync();
        await server.PostAsync("library/save", new JsonObject { ["definition"] = Fixtures.PostParser });

        var (status, answer) = await server.PostAsync("library/save", new JsonObject { ["definition"] = Fixtures.PostParser });

        status.ShouldBe(409);
        answer!["error"]!.GetValue<string>().ShouldContain("nothing to save");
    }

    [Fact]
    public async Task Opening_an_unknown_name_is_a_404()
    {
        await using var server = await EditorServer.StartAsync();

        var (status, answer) = await server.GetAsync("library/object?name=nothing");

        status.ShouldBe(404);
        answer!["where"]!.GetValue<string>().ShouldBe("name");
    }
}
