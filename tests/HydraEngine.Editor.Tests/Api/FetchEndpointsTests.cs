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
    public async Task A_url_that_is_not_http_is_a_400()
    {
        await using var server = await EditorServer.StartAsync();

        var (status, answer) = await server.PostAsync("fetch", new JsonObject { ["url"] = "file:///etc/passwd" });

        status.ShouldBe(400);
        answer!["where"]!.GetValue<string>().ShouldBe("/url");
    }

    private static async Task<WebApplication> StartSiteAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.ConfigureKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, 0));
        var site = builder.Build();
        site.MapGet("/post/1", () => Results.Content("<html><body><h1>post one</h1></body></html>", "text/html; charset=utf-8"));
        await site.StartAsync();
        return site;
    }
}
