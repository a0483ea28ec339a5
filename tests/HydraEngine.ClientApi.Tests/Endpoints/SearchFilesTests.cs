using System.Net;
using HydraEngine.ClientApi.Access;
using HydraEngine.ClientApi.Tests.Support;
using HydraEngine.Storage.Files;

namespace HydraEngine.ClientApi.Tests.Endpoints;

public sealed class SearchFilesTests : IAsyncLifetime
{
    private ApiHost host = null!;
    private string key = null!;
    private FileHash red;
    private FileHash green;

    public async Task InitializeAsync()
    {
        host = await ApiHost.StartAsync();
        key = host.Key(ClientApiPermission.SearchFiles);
        red = host.Store.Import(TestImages.Png(host.Folder, 300, 200, 10), new ImportOptions { Tags = ["colour:red", "solo"] }).Hash;
        green = host.Store.Import(TestImages.Png(host.Folder, 40, 40, 20), new ImportOptions { Tags = ["colour:green", "solo, with comma"] }).Hash;
    }

    public async Task DisposeAsync() => await host.DisposeAsync();

    [Fact]
    public async Task Tag_search_returns_file_ids_and_hashes()
    {
        var body = await Search("tags=" + Uri.EscapeDataString("[\"colour:red\"]") + "&return_hashes=true");

        body["hashes"]!.AsArray().Select(node => node!.GetValue<string>()).ShouldBe([red.ToHex()]);
        body["file_ids"]!.AsArray().Select(node => node!.GetValue<long>()).ShouldBe([host.Store.FileIdOf(red)!.Value]);
    }

    [Fact]
    public async Task Tags_are_taken_whole_so_commas_are_tag_text()
    {
        var body = await Search("tags=" + Uri.EscapeDataString("[\"solo, with comma\"]") + "&return_hashes=true");

        body["hashes"]!.AsArray().Select(node => node!.GetValue<string>()).ShouldBe([green.ToHex()]);
    }

    [Fact]
    public async Task Nested_list_is_an_or_group_and_minus_negates()
    {
        var or = await Search("tags=" + Uri.EscapeDataString("[[\"colour:red\", \"colour:green\"]]") + "&return_hashes=true");
        var negated = await Search("tags=" + Uri.EscapeDataString("[\"system:everything\", \"-colour:red\"]") + "&return_hashes=true");

        or["hashes"]!.AsArray().Count.ShouldBe(2);
        negated["hashes"]!.AsArray().Select(node => node!.GetValue<string>()).ShouldBe([green.ToHex()]);
    }

    [Fact]
    public async Task System_predicates_as_text()
    {
        var body = await Search("tags=" + Uri.EscapeDataString("[\"system:width > 100\"]") + "&return_hashes=true");

        body["hashes"]!.AsArray().Select(node => node!.GetValue<string>()).ShouldBe([red.ToHex()]);
    }

    [Fact]
    public async Task Sort_by_size_descending()
    {
        var body = await Search("tags=" + Uri.EscapeDataString("[\"system:everything\"]") + "&file_sort_type=0&file_sort_asc=false&return_hashes=true");

        var bigger = new FileInfo(host.Store.GetFile(red)!.Path!).Length > new FileInfo(host.Store.GetFile(green)!.Path!).Length ? red : green;
        body["hashes"]!.AsArray()[0]!.GetValue<string>().ShouldBe(bigger.ToHex());
    }

    [Fact]
    public async Task No_tags_finds_nothing()
    {
        var body = await Search("tags=[]");

        body["file_ids"]!.AsArray().ShouldBeEmpty();
        body.ContainsKey("hashes").ShouldBeFalse();
    }

    [Theory]
    [InlineData("tags=not%20json", "tags")]
    [InlineData("tags=%7B%7D", "tags")]
    [InlineData("tags=%5B%22system%3Anonsense%22%5D", "tags")]
    [InlineData("tags=%5B%5D&file_sort_type=77", "file_sort_type")]
    [InlineData("tags=%5B%5D&return_hashes=maybe", "return_hashes")]
    [InlineData("tags=%5B%22a%22%5D&tag_service_key=zz", "tag_service_key")]
    public async Task Bad_parameters_are_400_naming_the_parameter(string query, string parameter)
    {
        using var response = await host.GetAsync("/get_files/search_files?" + query, key);

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await ApiHost.JsonOf(response))["error"]!.GetValue<string>().ShouldContain(parameter);
    }

    private async Task<System.Text.Json.Nodes.JsonObject> Search(string query)
    {
        using var response = await host.GetAsync("/get_files/search_files?" + query, key);
        response.StatusCode.ShouldBe(HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
        return await ApiHost.JsonOf(response);
    }
}
