using System.Net;
using System.Text.Json.Nodes;
using HydraEngine.ClientApi.Access;
using HydraEngine.ClientApi.Tests.Support;

namespace HydraEngine.ClientApi.Tests.Endpoints;

/// <summary>
/// A scripted Hydrus Companion session against a whole engine and the fixture booru: set the user agent, set cookies
/// for the booru, add a post URL with a destination page name and additional tags; after the download runs,
/// <c>get_url_files</c> reports the file in the database and its metadata carries the tags.
/// </summary>
public sealed class CompanionSessionTests
{
    [Fact]
    public async Task Companion_adds_a_post_url_and_finds_its_file_with_the_tags()
    {
        await using var harness = await EngineApiHarness.StartAsync();
        var api = harness.Api;
        var key = api.Key(ClientApiPermission.AddUrls, ClientApiPermission.ManageHeaders, ClientApiPermission.SearchFiles);
        var postUrl = harness.Booru.UrlFor("/post/3").ToString();

        (await api.PostAsync("/manage_headers/set_user_agent", new JsonObject { ["user-agent"] = "Mozilla/5.0 (companion test)" }, key)).StatusCode.ShouldBe(HttpStatusCode.OK);
        var cookies = new JsonObject { ["cookies"] = new JsonArray(new JsonArray("companion_cookie", "yum", "127.0.0.1", "/", null)) };
        (await api.PostAsync("/manage_cookies/set_cookies", cookies, key)).StatusCode.ShouldBe(HttpStatusCode.OK);
        using (var info = await api.GetAsync("/add_urls/get_url_info?url=" + Uri.EscapeDataString(postUrl), key))
        {
            (await ApiHost.JsonOf(info))["url_type"]!.GetValue<int>().ShouldBe(0);
        }

        using (var before = await api.GetAsync("/add_urls/get_url_files?url=" + Uri.EscapeDataString(postUrl), key))
        {
            (await ApiHost.JsonOf(before))["url_file_statuses"]!.AsArray().ShouldBeEmpty();
        }

        using var added = await api.PostAsync("/add_urls/add_url", new JsonObject
        {
            ["url"] = postUrl,
            ["destination_page_name"] = "companion",
            ["service_names_to_additional_tags"] = new JsonObject { ["my tags"] = new JsonArray("sent from companion") },
            ["filterable_tags"] = new JsonArray("title:from the browser"),
        }, key);
        added.StatusCode.ShouldBe(HttpStatusCode.OK, await added.Content.ReadAsStringAsync());
        harness.Engine.Downloads.UrlQueues().ShouldContain(queue => queue.Name == "companion");

        await harness.RunUntilIdleAsync();

        using var after = await api.GetAsync("/add_urls/get_url_files?url=" + Uri.EscapeDataString(postUrl), key);
        var statuses = (await ApiHost.JsonOf(after))["url_file_statuses"]!.AsArray();
        statuses.ShouldHaveSingleItem()!["status"]!.GetValue<int>().ShouldBe(2);
        after.Headers.CacheControl!.MaxAge.ShouldBe(TimeSpan.FromSeconds(30));
        var hash = statuses[0]!["hash"]!.GetValue<string>();
        using var metadata = await api.GetAsync($"/get_files/file_metadata?hashes=[\"{hash}\"]", key);
        var tags = (await ApiHost.JsonOf(metadata))["metadata"]![0]!["tags"]!;
        tags["6c6f63616c2074616773"]!["storage_tags"]!["0"]!.AsArray().Select(node => node!.GetValue<string>()).ShouldContain("sent from companion");
        tags[Services.ApiServicesKeys.DownloaderTags]!["storage_tags"]!["0"]!.AsArray().Select(node => node!.GetValue<string>()).ShouldContain("title:from the browser");
        var booruRequests = harness.Booru.Requests.Snapshot().Where(request => request.Path == "/post/3").ToList();
        booruRequests.ShouldNotBeEmpty();
        booruRequests.ShouldAllBe(request => request.Headers["user-agent"] == "Mozilla/5.0 (companion test)" && request.Headers["cookie"].Contains("companion_cookie=yum"));
    }
}
