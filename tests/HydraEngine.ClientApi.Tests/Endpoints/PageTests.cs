using System.Net;
using System.Text.Json.Nodes;
using HydraEngine.ClientApi.Access;
using HydraEngine.ClientApi.Tests.Support;

namespace HydraEngine.ClientApi.Tests.Endpoints;

/// <summary>hydrus's pages as the download engine's jobs: a URL queue, a thread watcher, their files and status.</summary>
public sealed class PageTests : IAsyncLifetime
{
    private EngineApiHarness harness = null!;
    private ApiHost api = null!;
    private string key = null!;

    public async Task InitializeAsync()
    {
        harness = await EngineApiHarness.StartAsync();
        api = harness.Api;
        key = api.Key(ClientApiPermission.ManagePages, ClientApiPermission.AddUrls);
    }

    public async Task DisposeAsync() => await harness.DisposeAsync();

    [Fact]
    public async Task Get_pages_lists_a_url_queue_under_the_top_page_of_pages()
    {
        await AddPostToPage("pages test");

        var pages = (await ApiHost.JsonOf(await api.GetAsync("/manage_pages/get_pages", key)))["pages"]!;

        pages["page_type"]!.GetValue<int>().ShouldBe(10);
        pages["is_media_page"]!.GetValue<bool>().ShouldBeFalse();
        var page = pages["pages"]!.AsArray().ShouldHaveSingleItem()!;
        page["name"]!.GetValue<string>().ShouldBe("pages test");
        page["page_type"]!.GetValue<int>().ShouldBe(7);
        page["page_key"]!.GetValue<string>().Length.ShouldBe(64);
    }

    [Fact]
    public async Task Page_info_shows_the_imported_file_and_the_import_status()
    {
        var pageKey = await AddPostToPage("pages test");
        await harness.RunUntilIdleAsync();

        using var response = await api.GetAsync($"/manage_pages/get_page_info?page_key={pageKey}&simple=false", key);

        var info = (await ApiHost.JsonOf(response))["page_info"]!;
        info["page_key"]!.GetValue<string>().ShouldBe(pageKey);
        var imports = info["management"]!["urls_import"]!["imports"]!;
        imports["total_processed"]!.GetValue<int>().ShouldBe(1);
        imports["total_to_process"]!.GetValue<int>().ShouldBe(1);
        imports["import_items"]!.AsArray().ShouldHaveSingleItem();
        info["media"]!["num_files"]!.GetValue<int>().ShouldBe(1);
        info["media"]!["hashes"]!.AsArray().ShouldHaveSingleItem();
    }

    [Theory]
    [InlineData("", HttpStatusCode.BadRequest)]
    [InlineData("?page_key=abc", HttpStatusCode.BadRequest)]
    [InlineData("?page_key=0000000000000000000000000000000000000000000000000000000000000000", HttpStatusCode.NotFound)]
    public async Task Page_info_refuses_a_missing_bad_or_unknown_key(string query, HttpStatusCode expected)
    {
        using var response = await api.GetAsync("/manage_pages/get_page_info" + query, key);

        response.StatusCode.ShouldBe(expected);
    }

    [Fact]
    public async Task Add_files_shows_a_stored_file_on_the_page()
    {
        var pageKey = await AddPostToPage("empty page");
        var hash = harness.Engine.Store.Import(TestImages.Png(api.Folder, 8, 8, 90)).Hash.ToHex();

        using var added = await api.PostAsync("/manage_pages/add_files", new JsonObject { ["page_key"] = pageKey, ["hashes"] = new JsonArray(hash) }, key);

        added.StatusCode.ShouldBe(HttpStatusCode.OK);
        var media = (await ApiHost.JsonOf(await api.GetAsync($"/manage_pages/get_page_info?page_key={pageKey}&simple=false", key)))["page_info"]!["media"]!;
        media["hashes"]!.AsArray().Select(node => node!.GetValue<string>()).ShouldBe([hash]);
    }

    [Fact]
    public async Task Add_files_refuses_a_file_the_store_does_not_have()
    {
        var pageKey = await AddPostToPage("empty page");

        using var response = await api.PostAsync("/manage_pages/add_files", new JsonObject { ["page_key"] = pageKey, ["hash"] = new string('a', 64) }, key);

        response.StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Focus_page_answers_a_known_page_and_404s_an_unknown_one()
    {
        var pageKey = await AddPostToPage("focus");

        (await api.PostAsync("/manage_pages/focus_page", new JsonObject { ["page_key"] = pageKey }, key)).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await api.PostAsync("/manage_pages/focus_page", new JsonObject { ["page_key"] = new string('b', 64) }, key)).StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Refreshing_a_paused_watcher_page_checks_its_thread_now()
    {
        var watcher = harness.Engine.Downloads.AddWatcher(harness.Booru.UrlFor("/thread/1").ToString());
        harness.Engine.Downloads.PauseWatcher(watcher.Id, paused: true);
        var pages = (await ApiHost.JsonOf(await api.GetAsync("/manage_pages/get_pages", key)))["pages"]!["pages"]!.AsArray();
        var page = pages.Single(node => node!["page_type"]!.GetValue<int>() == 9)!;

        using var response = await api.PostAsync("/manage_pages/refresh_page", new JsonObject { ["page_key"] = page["page_key"]!.GetValue<string>() }, key);

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        var refreshed = harness.Engine.Downloads.Watcher(watcher.Id);
        refreshed.CheckNow.ShouldBeTrue();
        refreshed.Paused.ShouldBeFalse();
    }

    [Fact]
    public async Task A_gallery_download_is_a_gallery_page_with_its_query()
    {
        harness.Engine.Downloads.AddGalleryDownload("fixture booru tag search", "blue sky");
        var pages = (await ApiHost.JsonOf(await api.GetAsync("/manage_pages/get_pages", key)))["pages"]!["pages"]!.AsArray();
        var page = pages.ShouldHaveSingleItem()!;
        page["page_type"]!.GetValue<int>().ShouldBe(1);

        using var response = await api.GetAsync($"/manage_pages/get_page_info?page_key={page["page_key"]!.GetValue<string>()}", key);

        var gallery = (await ApiHost.JsonOf(response))["page_info"]!["management"]!["multiple_gallery_import"]!;
        gallery["gallery_imports"]!.AsArray().ShouldHaveSingleItem()!["name"]!.GetValue<string>().ShouldBe("fixture booru tag search: blue sky");
        gallery["highlight"]!.GetValue<string>().ShouldBe(page["page_key"]!.GetValue<string>());
    }

    private async Task<string> AddPostToPage(string pageName)
    {
        using var added = await api.PostAsync("/add_urls/add_url", new JsonObject { ["url"] = harness.Booru.UrlFor("/post/3").ToString(), ["destination_page_name"] = pageName }, key);
        added.StatusCode.ShouldBe(HttpStatusCode.OK);
        var pages = (await ApiHost.JsonOf(await api.GetAsync("/manage_pages/get_pages", key)))["pages"]!["pages"]!.AsArray();
        return pages.Single(page => page!["name"]!.GetValue<string>() == pageName)!["page_key"]!.GetValue<string>();
    }
}
