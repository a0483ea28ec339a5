using System.Net;
using HydraEngine.FixtureBooru.Faults;
using HydraEngine.FixtureBooru.Tests.Support;

namespace HydraEngine.FixtureBooru.Tests.Http;

public sealed class LoginTests : IAsyncLifetime
{
    private FixtureBooruServer server = null!;
    private HttpClient client = null!;

    public async Task InitializeAsync()
    {
        server = await BooruTestServer.StartAsync();
        client = BooruTestServer.Client(server, cookies: true);
    }

    public async Task DisposeAsync()
    {
        client.Dispose();
        await server.DisposeAsync();
    }

    private Task<HttpResponseMessage> LogInAsync(string password) =>
        client.PostAsync("/login", new FormUrlEncodedContent([new("username", "fixture"), new("password", password)]));

    [Fact]
    public async Task The_login_page_is_a_form()
    {
        (await client.GetStringAsync("/login")).ShouldContain("<form id=\"login\" method=\"post\" action=\"/login\">");
    }

    [Fact]
    public async Task The_members_area_is_forbidden_without_a_session()
    {
        (await client.GetAsync("/members/posts?page=1&tags=")).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task A_wrong_password_is_refused_without_a_cookie()
    {
        using var response = await LogInAsync("wrong");

        response.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        response.Headers.Contains("Set-Cookie").ShouldBeFalse();
    }

    [Fact]
    public async Task Logging_in_sets_the_session_cookie_that_opens_the_members_area()
    {
        using var login = await LogInAsync("hunter2");

        login.Headers.GetValues("Set-Cookie").Single().ShouldStartWith("fixture_session=");
        var html = await client.GetStringAsync("/members/posts?page=1&tags=");
        PageScraper.GalleryPostIds(html).Count.ShouldBe(20);
    }

    [Fact]
    public async Task The_login_switch_closes_pages_but_not_files()
    {
        server.Faults.RequireLogin = true;

        (await client.GetAsync("/post/1")).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await client.GetAsync(server.Site.FindPost(1)!.File.Path)).StatusCode.ShouldBe(HttpStatusCode.OK);
        server.Requests.Snapshot().Single(entry => entry.Path == "/post/1").Fault.ShouldBe(FaultKind.LoginRequired);
    }

    [Fact]
    public async Task The_login_switch_lets_a_logged_in_client_through()
    {
        server.Faults.RequireLogin = true;
        using var login = await LogInAsync("hunter2");

        (await client.GetAsync("/post/1")).StatusCode.ShouldBe(HttpStatusCode.OK);
    }
}
