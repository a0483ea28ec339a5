using System.Net;
using System.Text.Json.Nodes;
using HydraEngine.ClientApi.Access;
using HydraEngine.ClientApi.Tests.Support;

namespace HydraEngine.ClientApi.Tests.Endpoints;

/// <summary>Cookies, headers, URL classes and subscriptions over a whole engine with the fixture booru's downloader.</summary>
public sealed class EngineEndpointTests : IAsyncLifetime
{
    private EngineApiHarness harness = null!;
    private string key = null!;

    public async Task InitializeAsync()
    {
        harness = await EngineApiHarness.StartAsync();
        key = harness.Api.KeyForEverything();
    }

    public async Task DisposeAsync() => await harness.DisposeAsync();

    [Fact]
    public async Task Cookies_set_listed_and_deleted()
    {
        var api = harness.Api;
        await api.PostAsync("/manage_cookies/set_cookies", new JsonObject { ["cookies"] = new JsonArray(new JsonArray("a", "1", ".example.com", "/", 4102444800)) }, key);

        var listed = (await ApiHost.JsonOf(await api.GetAsync("/manage_cookies/get_cookies?domain=www.example.com", key)))["cookies"]!.AsArray();
        listed.ShouldHaveSingleItem()![0]!.GetValue<string>().ShouldBe("a");
        listed[0]![4]!.GetValue<long>().ShouldBe(4102444800);

        await api.PostAsync("/manage_cookies/set_cookies", new JsonObject { ["cookies"] = new JsonArray(new JsonArray("a", null, ".example.com", "/", null)) }, key);
        (await ApiHost.JsonOf(await api.GetAsync("/manage_cookies/get_cookies?domain=example.com", key)))["cookies"]!.AsArray().ShouldBeEmpty();
    }

    [Theory]
    [InlineData("/manage_cookies/get_cookies?domain=localhost")]
    [InlineData("/manage_cookies/get_cookies")]
    public async Task Cookie_domain_must_look_like_a_domain(string pathAndQuery)
    {
        using var response = await harness.Api.GetAsync(pathAndQuery, key);

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task Malformed_cookie_rows_are_400()
    {
        using var response = await harness.Api.PostAsync("/manage_cookies/set_cookies", new JsonObject { ["cookies"] = new JsonArray(new JsonArray("only", "two")) }, key);

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task Headers_per_domain_and_user_agent_globally()
    {
        var api = harness.Api;
        await api.PostAsync("/manage_headers/set_headers", new JsonObject { ["domain"] = "example.com", ["headers"] = new JsonObject { ["X-Test"] = new JsonObject { ["value"] = "yes" } } }, key);
        await api.PostAsync("/manage_headers/set_user_agent", new JsonObject { ["user-agent"] = "agent/1" }, key);

        var domain = await ApiHost.JsonOf(await api.GetAsync("/manage_headers/get_headers?domain=example.com", key));
        var global = await ApiHost.JsonOf(await api.GetAsync("/manage_headers/get_headers", key));

        domain["headers"]!["X-Test"]!["value"]!.GetValue<string>().ShouldBe("yes");
        domain["network_context"]!["type"]!.GetValue<int>().ShouldBe(2);
        global["headers"]!["User-Agent"]!["value"]!.GetValue<string>().ShouldBe("agent/1");

        await api.PostAsync("/manage_headers/set_headers", new JsonObject { ["headers"] = new JsonObject { ["User-Agent"] = new JsonObject { ["value"] = null } } }, key);
        (await ApiHost.JsonOf(await api.GetAsync("/manage_headers/get_headers", key)))["headers"]!.AsObject().ShouldBeEmpty();
    }

    [Fact]
    public async Task Header_approval_must_be_a_known_word()
    {
        using var response = await harness.Api.PostAsync("/manage_headers/set_headers", new JsonObject { ["headers"] = new JsonObject { ["X"] = new JsonObject { ["value"] = "v", ["approved"] = "sure" } } }, key);

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task Url_info_of_a_booru_post_names_its_class()
    {
        var url = harness.Booru.UrlFor("/post/2").ToString();

        var body = await ApiHost.JsonOf(await harness.Api.GetAsync("/add_urls/get_url_info?url=" + Uri.EscapeDataString(url), key));

        body["url_type"]!.GetValue<int>().ShouldBe(0);
        body["url_type_string"]!.GetValue<string>().ShouldBe("post url");
        body["can_parse"]!.GetValue<bool>().ShouldBeTrue();
        body["match_name"]!.GetValue<string>().ShouldNotBe("unknown url");
    }

    [Fact]
    public async Task Subscriptions_added_paused_resumed_checked_and_listed()
    {
        var api = harness.Api;
        var gug = harness.Engine.Library.List(HydraEngine.Library.LibraryKind.Gug).First().Name;

        (await api.PostAsync("/manage_subscriptions/add_subscription", new JsonObject { ["name"] = "blue", ["gug"] = gug, ["queries"] = new JsonArray("blue_sky", "red") }, key)).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await api.PostAsync("/manage_subscriptions/check_now", new JsonObject { ["name"] = "blue" }, key)).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await api.PostAsync("/manage_subscriptions/pause_subscription", new JsonObject { ["name"] = "blue", ["query"] = "red" }, key)).StatusCode.ShouldBe(HttpStatusCode.OK);

        var subscription = (await ApiHost.JsonOf(await api.GetAsync("/manage_subscriptions/get_subscriptions", key)))["subscriptions"]!.AsArray().ShouldHaveSingleItem()!;
        subscription["gug"]!.GetValue<string>().ShouldBe(gug);
        var queries = subscription["queries"]!.AsArray();
        queries.Single(query => query!["query_text"]!.GetValue<string>() == "red")!["paused"]!.GetValue<bool>().ShouldBeTrue();
        queries.Single(query => query!["query_text"]!.GetValue<string>() == "blue_sky")!["checking_status"]!.GetValue<string>().ShouldBe("ok");

        (await api.PostAsync("/manage_subscriptions/resume_subscription", new JsonObject { ["name"] = "blue", ["query"] = "red" }, key)).StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    [Fact]
    public async Task Unknown_subscription_is_404()
    {
        using var response = await harness.Api.PostAsync("/manage_subscriptions/check_now", new JsonObject { ["name"] = "nothing" }, key);

        response.StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }
}
