using System.Net;
using System.Text.Json.Nodes;
using HydraEngine.ClientApi.Access;
using HydraEngine.ClientApi.Tests.Support;
using HydraEngine.Storage.Files;

namespace HydraEngine.ClientApi.Tests.Endpoints;

/// <summary>URL endpoints over a store without a downloader library (unknown URLs) and without a download engine.</summary>
public sealed class UrlEndpointTests : IAsyncLifetime
{
    private ApiHost host = null!;
    private string key = null!;
    private FileHash hash;

    public async Task InitializeAsync()
    {
        host = await ApiHost.StartAsync();
        key = host.Key(ClientApiPermission.AddUrls);
        hash = host.Store.Import(TestImages.Png(host.Folder, 8, 8, 90)).Hash;
    }

    public async Task DisposeAsync() => await host.DisposeAsync();

    [Fact]
    public async Task Associate_then_get_url_files_finds_the_file()
    {
        using var associated = await host.PostAsync("/add_urls/associate_url", new JsonObject { ["hash"] = hash.ToHex(), ["url_to_add"] = "https://site.example/post/7" }, key);
        associated.StatusCode.ShouldBe(HttpStatusCode.OK);

        using var response = await host.GetAsync("/add_urls/get_url_files?url=" + Uri.EscapeDataString("https://site.example/post/7"), key);

        var status = (await ApiHost.JsonOf(response))["url_file_statuses"]!.AsArray().ShouldHaveSingleItem()!;
        status["status"]!.GetValue<int>().ShouldBe(2);
        status["hash"]!.GetValue<string>().ShouldBe(hash.ToHex());
    }

    [Fact]
    public async Task Deleted_file_reports_status_3()
    {
        host.Store.AddUrls(hash, ["https://site.example/post/8"]);
        host.Store.Delete([hash]);

        using var response = await host.GetAsync("/add_urls/get_url_files?url=" + Uri.EscapeDataString("https://site.example/post/8"), key);

        (await ApiHost.JsonOf(response))["url_file_statuses"]![0]!["status"]!.GetValue<int>().ShouldBe(3);
    }

    [Fact]
    public async Task Associate_url_to_delete_removes_it()
    {
        host.Store.AddUrls(hash, ["https://site.example/post/9"]);

        using var response = await host.PostAsync("/add_urls/associate_url", new JsonObject { ["hashes"] = new JsonArray(hash.ToHex()), ["urls_to_delete"] = new JsonArray("https://site.example/post/9") }, key);

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        host.Store.GetFile(hash)!.Urls.ShouldBeEmpty();
    }

    [Fact]
    public async Task Associate_without_urls_is_400()
    {
        using var response = await host.PostAsync("/add_urls/associate_url", new JsonObject { ["hash"] = hash.ToHex() }, key);

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task Unknown_url_info_and_ten_minute_cache()
    {
        using var response = await host.GetAsync("/add_urls/get_url_info?url=" + Uri.EscapeDataString("https://nowhere.example/a?b=1"), key);

        var body = await ApiHost.JsonOf(response);
        body["url_type"]!.GetValue<int>().ShouldBe(5);
        body["can_parse"]!.GetValue<bool>().ShouldBeFalse();
        body["cannot_parse_reason"]!.GetValue<string>().ShouldBe("unknown url class");
        response.Headers.CacheControl!.MaxAge.ShouldBe(TimeSpan.FromMinutes(10));
    }

    [Theory]
    [InlineData("/add_urls/get_url_info")]
    [InlineData("/add_urls/get_url_info?url=")]
    [InlineData("/add_urls/get_url_files")]
    public async Task Missing_or_empty_url_is_400(string pathAndQuery)
    {
        using var response = await host.GetAsync(pathAndQuery, key);

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await ApiHost.JsonOf(response))["error"]!.GetValue<string>().ShouldContain("\"url\"");
    }

    [Fact]
    public async Task Add_url_without_a_download_engine_is_503()
    {
        using var response = await host.PostAsync("/add_urls/add_url", new JsonObject { ["url"] = "https://site.example/post/1" }, key);

        response.StatusCode.ShouldBe(HttpStatusCode.ServiceUnavailable);
    }

    [Fact]
    public async Task Add_url_that_is_not_http_is_400()
    {
        using var response = await host.PostAsync("/add_urls/add_url", new JsonObject { ["url"] = "ftp://site.example/x" }, key);

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
    }
}
