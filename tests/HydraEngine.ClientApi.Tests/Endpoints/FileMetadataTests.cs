using System.Net;
using HydraEngine.ClientApi.Access;
using HydraEngine.ClientApi.Tests.Support;
using HydraEngine.Storage.Files;

namespace HydraEngine.ClientApi.Tests.Endpoints;

public sealed class FileMetadataTests : IAsyncLifetime
{
    private ApiHost host = null!;
    private string key = null!;
    private FileHash hash;

    public async Task InitializeAsync()
    {
        host = await ApiHost.StartAsync();
        key = host.Key(ClientApiPermission.SearchFiles);
        hash = host.Store.Import(
            TestImages.Png(host.Folder, 300, 200, 30),
            new ImportOptions { Tags = ["character:samus", "blue"], Urls = ["https://example.com/post/1"], Notes = new Dictionary<string, string> { ["comment"] = "nice" } }).Hash;
    }

    public async Task DisposeAsync() => await host.DisposeAsync();

    [Fact]
    public async Task Full_entry_has_hydrus_fields()
    {
        var entry = (await Metadata($"hashes=[\"{hash.ToHex()}\"]&include_notes=true"))["metadata"]![0]!.AsObject();

        entry["hash"]!.GetValue<string>().ShouldBe(hash.ToHex());
        entry["file_id"]!.GetValue<long>().ShouldBe(host.Store.FileIdOf(hash)!.Value);
        entry["mime"]!.GetValue<string>().ShouldBe("image/png");
        entry["ext"]!.GetValue<string>().ShouldBe(".png");
        entry["width"]!.GetValue<int>().ShouldBe(300);
        entry["height"]!.GetValue<int>().ShouldBe(200);
        entry["thumbnail_width"]!.GetValue<int>().ShouldBe(150);
        entry["thumbnail_height"]!.GetValue<int>().ShouldBe(100);
        entry["is_inbox"]!.GetValue<bool>().ShouldBeTrue();
        entry["is_local"]!.GetValue<bool>().ShouldBeTrue();
        entry["known_urls"]![0]!.GetValue<string>().ShouldBe("https://example.com/post/1");
        entry["notes"]!["comment"]!.GetValue<string>().ShouldBe("nice");
        entry["file_services"]!["current"]!["6c6f63616c2066696c6573"]!["name"]!.GetValue<string>().ShouldBe("my files");
        var myTags = entry["tags"]!["6c6f63616c2074616773"]!;
        myTags["storage_tags"]!["0"]!.AsArray().Select(node => node!.GetValue<string>()).ShouldBe(["blue", "character:samus"]);
    }

    [Fact]
    public async Task Unknown_hash_answers_null_file_id()
    {
        var unknown = FileHash.Of([1, 2, 3]).ToHex();

        var entry = (await Metadata($"hashes=[\"{unknown}\"]&only_return_identifiers=true"))["metadata"]![0]!.AsObject();

        entry["file_id"].ShouldBeNull();
        entry["hash"]!.GetValue<string>().ShouldBe(unknown);
    }

    [Fact]
    public async Task Create_new_file_ids_gives_unknown_hashes_an_id()
    {
        var unknown = FileHash.Of([4, 5, 6]).ToHex();

        var entry = (await Metadata($"hashes=[\"{unknown}\"]&only_return_identifiers=true&create_new_file_ids=true"))["metadata"]![0]!.AsObject();

        entry["file_id"]!.GetValue<long>().ShouldBeGreaterThan(0);
    }

    [Fact]
    public async Task Entries_keep_request_order_and_file_ids_work()
    {
        var other = host.Store.Import(TestImages.Png(host.Folder, 10, 10, 31)).Hash;
        var ids = $"[{host.Store.FileIdOf(other)},{host.Store.FileIdOf(hash)}]";

        var metadata = (await Metadata($"file_ids={ids}&only_return_basic_information=true"))["metadata"]!.AsArray();

        metadata.Select(node => node!["hash"]!.GetValue<string>()).ShouldBe([other.ToHex(), hash.ToHex()]);
    }

    [Fact]
    public async Task Unknown_file_id_is_404()
    {
        using var response = await host.GetAsync("/get_files/file_metadata?file_ids=[999999]", key);

        response.StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    [Theory]
    [InlineData("")]
    [InlineData("hashes=[\"xyz\"]")]
    [InlineData("hashes=notjson")]
    [InlineData("file_ids=[\"a\"]")]
    public async Task Bad_identifiers_are_400(string query)
    {
        using var response = await host.GetAsync("/get_files/file_metadata?" + query, key);

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
    }

    private async Task<System.Text.Json.Nodes.JsonObject> Metadata(string query)
    {
        using var response = await host.GetAsync("/get_files/file_metadata?" + query, key);
        response.StatusCode.ShouldBe(HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
        return await ApiHost.JsonOf(response);
    }
}
