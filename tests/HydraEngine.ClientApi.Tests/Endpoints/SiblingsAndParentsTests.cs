using System.Net;
using System.Text.Json.Nodes;
using HydraEngine.ClientApi.Access;
using HydraEngine.ClientApi.Tests.Services;
using HydraEngine.ClientApi.Tests.Support;

namespace HydraEngine.ClientApi.Tests.Endpoints;

/// <summary><c>/add_tags/get_siblings_and_parents</c>: sibling chains, ideals, descendants and ancestors per tag service.</summary>
public sealed class SiblingsAndParentsTests : IAsyncLifetime
{
    private ApiHost host = null!;
    private string key = null!;

    public async Task InitializeAsync()
    {
        host = await ApiHost.StartAsync();
        key = host.Key(ClientApiPermission.AddTags);
        host.Store.AddSibling("samus", "character:samus aran");
        host.Store.AddParent("character:samus aran", "series:metroid");
        host.Store.AddParent("character:zero suit samus", "character:samus aran");
    }

    public async Task DisposeAsync() => await host.DisposeAsync();

    [Fact]
    public async Task A_bad_sibling_shows_its_chain_ideal_and_relatives()
    {
        var lookup = await Lookup("samus");

        lookup["siblings"]!.AsArray().Select(node => node!.GetValue<string>()).ShouldBe(["character:samus aran", "samus"], ignoreOrder: true);
        lookup["ideal_tag"]!.GetValue<string>().ShouldBe("character:samus aran");
        lookup["ancestors"]!.AsArray().Select(node => node!.GetValue<string>()).ShouldBe(["series:metroid"]);
        lookup["descendants"]!.AsArray().Select(node => node!.GetValue<string>()).ShouldBe(["character:zero suit samus"]);
    }

    [Fact]
    public async Task A_tag_without_relations_is_its_own_ideal()
    {
        var lookup = await Lookup("Lonely Tag");

        lookup["siblings"]!.AsArray().Select(node => node!.GetValue<string>()).ShouldBe(["lonely tag"]);
        lookup["ideal_tag"]!.GetValue<string>().ShouldBe("lonely tag");
        lookup["ancestors"]!.AsArray().ShouldBeEmpty();
    }

    [Fact]
    public async Task Missing_tags_are_400()
    {
        using var response = await host.GetAsync("/add_tags/get_siblings_and_parents", key);

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await ApiHost.JsonOf(response))["error"]!.GetValue<string>().ShouldContain("tags");
    }

    private async Task<JsonNode> Lookup(string tag)
    {
        using var response = await host.GetAsync("/add_tags/get_siblings_and_parents?tags=" + Uri.EscapeDataString(new JsonArray(tag).ToJsonString()), key);
        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        var tags = (await ApiHost.JsonOf(response))["tags"]!.AsObject();
        return tags.ShouldHaveSingleItem().Value![ApiServicesKeys.MyTags]!;
    }
}
