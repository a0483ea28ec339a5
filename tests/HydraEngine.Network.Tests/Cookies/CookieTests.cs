using HydraEngine.Network.Cookies;
using HydraEngine.Network.Tests.Support;
using Microsoft.AspNetCore.Http;

namespace HydraEngine.Network.Tests.Cookies;

public sealed class CookieTests
{
    private static Task<LoopbackServer> CookieServerAsync() => LoopbackServer.StartAsync(async context =>
    {
        if (context.Request.Path == "/set")
        {
            context.Response.Headers.Append("Set-Cookie", "session=abc123; Path=/; HttpOnly");
            context.Response.Headers.Append("Set-Cookie", "theme=dark; Path=/");
        }

        await context.Response.WriteAsync(context.Request.Headers.Cookie.ToString());
    });

    [Fact]
    public async Task Cookies_a_server_sets_are_sent_back_to_it()
    {
        await using var server = await CookieServerAsync();
        await using var engine = TestEngines.Create(TestEngines.Fast);

        await engine.FetchPageAsync(new NetworkRequest(server.Url("/set"), NetworkJobContext.Adhoc));
        await engine.FetchPageAsync(new NetworkRequest(server.Url("/echo"), NetworkJobContext.Adhoc));

        var cookieHeader = server.Requests.Last().Header("Cookie")!;
        cookieHeader.Split("; ").Order().ShouldBe(["session=abc123", "theme=dark"]);
        engine.Cookies.List(server.Domain).Select(cookie => cookie.Name).ShouldBe(["session", "theme"]);
        engine.Cookies.List(server.Domain).Single(cookie => cookie.Name == "session").HttpOnly.ShouldBeTrue();
    }

    [Fact]
    public async Task Cookies_persist_in_the_state_database()
    {
        var statePath = Path.Combine(TestEngines.TempFolder(), "state.db");
        await using var server = await CookieServerAsync();
        await using (var first = TestEngines.Create(TestEngines.Fast with { StatePath = statePath }))
        {
            await first.FetchPageAsync(new NetworkRequest(server.Url("/set"), NetworkJobContext.Adhoc));
        }

        await using var second = TestEngines.Create(TestEngines.Fast with { StatePath = statePath });
        await second.FetchPageAsync(new NetworkRequest(server.Url("/echo"), NetworkJobContext.Adhoc));

        server.Requests.Last().Header("Cookie")!.ShouldContain("session=abc123");
    }

    [Fact]
    public async Task Clearing_a_domain_removes_its_cookies_from_the_jar_and_the_database()
    {
        var statePath = Path.Combine(TestEngines.TempFolder(), "state.db");
        await using (var first = TestEngines.Create(TestEngines.Fast with { StatePath = statePath }))
        {
            first.Cookies.Set(new NetworkCookie("a", "1", ".example.com"), new NetworkCookie("b", "2", "other.com"));
            first.Cookies.Clear("img.example.com").ShouldBe(1);
        }

        await using var second = TestEngines.Create(TestEngines.Fast with { StatePath = statePath });
        second.Cookies.List().Select(cookie => cookie.Name).ShouldBe(["b"]);
    }

    [Theory]
    [InlineData("example.com", "example.com", true)]
    [InlineData(".example.com", "example.com", true)]
    [InlineData(".example.com", "img.example.com", true)]
    [InlineData("example.com", "img.example.com", false)]
    [InlineData(".example.com", "badexample.com", false)]
    public void Cookie_domains_match_as_in_hydrus(string cookieDomain, string searchDomain, bool matches) =>
        new NetworkCookie("n", "v", cookieDomain).DomainMatches(searchDomain).ShouldBe(matches);
}
