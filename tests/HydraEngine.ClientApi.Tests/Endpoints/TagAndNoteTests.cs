using System.Net;
using System.Text.Json.Nodes;
using HydraEngine.ClientApi.Access;
using HydraEngine.ClientApi.Tests.Services;
using HydraEngine.ClientApi.Tests.Support;
using HydraEngine.Storage.Files;

namespace HydraEngine.ClientApi.Tests.Endpoints;

public sealed class TagAndNoteTests : IAsyncLifetime
{
    private ApiHost host = null!;
    private string key = null!;
    private FileHash hash;

    public async Task InitializeAsync()
    {
        host = await ApiHost.StartAsync();
        key = host.Key(ClientApiPermission.AddTags, ClientApiPermission.SearchFiles, ClientApiPermission.AddNotes);
        hash = host.Store.Import(TestImages.Png(host.Folder, 8, 8, 80), new ImportOptions { Tags = ["old tag"] }).Hash;
    }

    public async Task DisposeAsync() => await host.DisposeAsync();

    [Fact]
    public async Task Add_by_service_key_and_delete_by_action()
    {
        using var response = await host.PostAsync("/add_tags/add_tags", new JsonObject
        {
            ["hash"] = hash.ToHex(),
            ["service_keys_to_tags"] = new JsonObject { [ApiServicesKeys.MyTags] = new JsonArray("New Tag", "character:samus") },
            ["service_keys_to_actions_to_tags"] = new JsonObject { [ApiServicesKeys.MyTags] = new JsonObject { ["1"] = new JsonArray("old tag") } },
        }, key);

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        host.Store.TagsOf(hash).Single(tags => tags.Service == "my tags").StorageTags.ShouldBe(["character:samus", "new tag"]);
    }

    [Fact]
    public async Task Legacy_service_names_are_accepted()
    {
        using var response = await host.PostAsync("/add_tags/add_tags", new JsonObject
        {
            ["hashes"] = new JsonArray(hash.ToHex()),
            ["service_names_to_tags"] = new JsonObject { ["downloader tags"] = new JsonArray("from hydownloader") },
        }, key);

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        host.Store.TagsOf(hash).Single(tags => tags.Service == "downloader tags").StorageTags.ShouldBe(["from hydownloader"]);
    }

    [Theory]
    [InlineData("{\"hash\":\"HASH\",\"service_names_to_tags\":{\"no such service\":[\"a\"]}}", "service_names_to_tags")]
    [InlineData("{\"hash\":\"HASH\",\"service_keys_to_actions_to_tags\":{\"6c6f63616c2074616773\":{\"2\":[\"a\"]}}}", "service_keys_to_actions_to_tags")]
    [InlineData("{\"hash\":\"HASH\",\"service_keys_to_tags\":{\"6c6f63616c2074616773\":\"a\"}}", "service_keys_to_tags")]
    [InlineData("{\"hash\":\"HASH\"}", "tags")]
    public async Task Bad_tag_requests_are_400(string body, string mentioned)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, "add_tags/add_tags") { Content = new StringContent(body.Replace("HASH", hash.ToHex(), StringComparison.Ordinal), System.Text.Encoding.UTF8, "application/json") };
        request.Headers.Add("Hydrus-Client-API-Access-Key", key);

        using var response = await host.Client.SendAsync(request);

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await ApiHost.JsonOf(response))["error"]!.GetValue<string>().ShouldContain(mentioned);
    }

    [Fact]
    public async Task Search_tags_counts_and_completes()
    {
        host.Store.AddTags([host.Store.Import(TestImages.Png(host.Folder, 8, 8, 81)).Hash], ["old tag", "older"]);

        using var response = await host.GetAsync("/add_tags/search_tags?search=old", key);

        var tags = (await ApiHost.JsonOf(response))["tags"]!.AsArray();
        tags[0]!["value"]!.GetValue<string>().ShouldBe("old tag");
        tags[0]!["count"]!.GetValue<long>().ShouldBe(2);
        tags.Select(tag => tag!["value"]!.GetValue<string>()).ShouldContain("older");
    }

    [Fact]
    public async Task Search_tags_needs_search()
    {
        using var response = await host.GetAsync("/add_tags/search_tags", key);

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task Clean_tags_cleans_as_hydrus()
    {
        using var response = await host.GetAsync("/add_tags/clean_tags?tags=" + Uri.EscapeDataString("[\" Hello World \", \"hello world\", \"Character:Samus \"]"), key);

        (await ApiHost.JsonOf(response))["tags"]!.AsArray().Select(tag => tag!.GetValue<string>()).ShouldBe(["character:samus", "hello world"]);
    }

    [Fact]
    public async Task Notes_set_and_delete()
    {
        using var set = await host.PostAsync("/add_notes/set_notes", new JsonObject { ["hash"] = hash.ToHex(), ["notes"] = new JsonObject { ["source"] = "a booru" } }, key);
        set.StatusCode.ShouldBe(HttpStatusCode.OK);
        host.Store.GetFile(hash)!.Notes["source"].ShouldBe("a booru");

        using var deleted = await host.PostAsync("/add_notes/delete_notes", new JsonObject { ["hash"] = hash.ToHex(), ["note_names"] = new JsonArray("source") }, key);

        deleted.StatusCode.ShouldBe(HttpStatusCode.OK);
        host.Store.GetFile(hash)!.Notes.ShouldBeEmpty();
    }

    [Fact]
    public async Task Notes_must_be_texts()
    {
        using var response = await host.PostAsync("/add_notes/set_notes", new JsonObject { ["hash"] = hash.ToHex(), ["notes"] = new JsonObject { ["n"] = 5 } }, key);

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
    }
}
