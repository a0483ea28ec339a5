using System.Net;
using System.Text.Json.Nodes;
using HydraEngine.Editor.Tests.Support;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace HydraEngine.Editor.Tests.Api;

/// <summary><c>POST /editor/api/fetch</c>: an example document fetched through the engine's network from a real loopback site.</summary>
public sealed class FetchEndpointsTests
{
    [Fact]
    public async Task A_page_is_fetched_through_the_engine_and_decoded()
    {
        await using var site = await StartSiteAsync();
        await using var server = await EditorServer.StartAsync();
        var address = site.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();

        var (status, fetched) = await server.PostAsync("fetch", new JsonObject { ["url"] = address + "/post/1" });

        status.ShouldBe(200, fetched?.ToJsonString());
        fetched!["status"]!.GetValue<int>().ShouldBe(200);
        fetched["document"]!.GetValue<string>().ShouldContain("<h1>post one</h1>");
    }

    [Fact]
    public async Task The_redirect_chain_and_the_headers_are_shown()
    {
        await using var site = await StartSiteAsync();
        await using var server = await EditorServer.StartAsync();
        var address = Address(site);

        var (status, fetched) = await server.PostAsync("fetch", new JsonObject { ["url"] = address + "/old/1" });

        status.ShouldBe(200, fetched?.ToJsonString());
        fetched!["final_url"]!.GetValue<string>().ShouldBe(address + "/post/1");
        fetched["redirects"]!.AsArray().Select(hop => hop!.GetValue<string>()).ShouldBe([$"302 {address}/old/1"]);
        fetched["headers"]!["content-type"]!.GetValue<string>().ShouldStartWith("text/html");
        fetched["challenge"].ShouldBeNull();
    }

    [Fact]
    public async Task A_cloudflare_challenge_is_answered_with_its_status_and_a_warning_instead_of_failing()
    {
        await using var site = await StartSiteAsync();
        await using var server = await EditorServer.StartAsync();

        var (status, fetched) = await server.PostAsync("fetch", new JsonObject { ["url"] = Address(site) + "/guarded" });

        status.ShouldBe(200, fetched?.ToJsonString());
        fetched!["status"]!.GetValue<int>().ShouldBe(503);
        fetched["challenge"]!.GetValue<string>().ShouldContain("Cloudflare");
    }

    [Fact]
    public async Task A_403_with_a_captcha_form_is_flagged()
    {
        await using var site = await StartSiteAsync();
        await using var server = await EditorServer.StartAsync();

        var (_, fetched) = await server.PostAsync("fetch", new JsonObject { ["url"] = Address(site) + "/captcha" });

        fetched!["status"]!.GetValue<int>().ShouldBe(403);
        fetched["challenge"]!.GetValue<string>().ShouldContain("reCAPTCHA");
    }

    [Fact]
    public async Task A_url_that_is_not_http_is_a_400()
    {
        await using var server = await EditorServer.StartAsync();

        var (status, answer) = await server.PostAsync("fetch", new JsonObject { ["url"] = "file:///etc/passwd" });

        status.ShouldBe(400);
        answer!["where"]!.GetValue<string>().ShouldBe("/url");
    }

    private static string Address(WebApplication site) => site.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();

    private static async Task<WebApplication> StartSiteAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.ConfigureKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, 0));
        var site = builder.Build();
        site.MapGet("/post/1", () => Results.Content("<html><body><h1>post one</h1></body></html>", "text/html; charset=utf-8"));
        site.MapGet("/old/1", () => Results.Redirect("/post/1"));
        site.MapGet("/guarded", (HttpContext context) =>
        {
            context.Response.Headers["cf-mitigated"] = "challenge";
            return Results.Content("<html><head><title>Just a moment...</title></head><body></body></html>", "text/html", statusCode: 503);
        });
        site.MapGet("/captcha", () => Results.Content("<html><body><form method=post><div class=\"g-recaptcha\"></div></form></body></html>", "text/html", statusCode: 403));
        await site.StartAsync();
        return site;
    }
}
