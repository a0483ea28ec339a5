using System.Diagnostics;
using System.Net;
using System.Net.Http.Headers;
using HydraEngine.ClientApi;
using HydraEngine.ClientApi.Access;
using HydraEngine.ClientApi.Serving;
using HydraEngine.Host;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace HydraEngine.Fuzz.Api;

/// <summary>
/// The Client API's request bodies and query strings, fuzzed over real HTTP: a whole engine (as `hydra serve` builds
/// it) on a fresh store, its Client API on loopback, an access key that may do everything, and hostile requests to
/// every endpoint the API maps. A 500 answer is an unhandled exception; a request over the hang limit is a hang;
/// the API must still answer afterwards.
/// </summary>
internal sealed class ApiFuzz(FuzzOptions options, Random random)
{
    public async Task<(int Answered, List<string> Unhandled, List<string> Hangs, TimeSpan Slowest)> RunAsync(string folder)
    {
        var unhandled = new List<string>();
        var hangs = new List<string>();
        var slowest = TimeSpan.Zero;
        await using var engine = HydraEngineHost.Open(HydraEngineOptions.ForDatabase(Path.Combine(folder, "api", "hydra.db")));
        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions { Args = ["--hostBuilder:reloadConfigOnChange=false"], ContentRootPath = AppContext.BaseDirectory });
        builder.Logging.ClearProviders();
        builder.WebHost.ConfigureKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, 0));
        await using var app = builder.Build();
        new ClientApiModule(ClientApiOptions.Default).Map(app, engine);
        await app.StartAsync();
        using var keys = AccessKeyStore.Open(engine.Store.Location.DatabasePath);
        var key = keys.Add("fuzz", [], permitsEverything: true).Key;
        var address = new Uri(app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First());
        var routes = Routes(app);
        using var client = new HttpClient { BaseAddress = address, Timeout = options.HangLimit * 3 };
        client.DefaultRequestHeaders.Add("Hydrus-Client-API-Access-Key", key);
        var answered = 0;
        for (var index = 0; index < options.ApiRequests; index++)
        {
            var (method, path) = routes[random.Next(routes.Count)];
            using var request = Request(method, path);
            var name = $"{method} {request.RequestUri}";
            var clock = Stopwatch.StartNew();
            try
            {
                using var response = await client.SendAsync(request);
                var text = await response.Content.ReadAsStringAsync();
                answered++;
                if ((int)response.StatusCode >= 500 && response.StatusCode != HttpStatusCode.ServiceUnavailable)
                {
                    unhandled.Add($"{name}: {(int)response.StatusCode} {Excerpt(text)}");
                }
            }
            catch (Exception exception) when (exception is HttpRequestException or TaskCanceledException)
            {
                unhandled.Add($"{name}: no answer ({exception.GetType().Name}: {exception.Message})");
            }

            slowest = clock.Elapsed > slowest ? clock.Elapsed : slowest;
            if (clock.Elapsed > options.HangLimit)
            {
                hangs.Add($"{name} took {clock.Elapsed.TotalSeconds:0.0} s");
            }
        }

        using var alive = await client.GetAsync("api_version");
        if (!alive.IsSuccessStatusCode)
        {
            unhandled.Add($"after the run, /api_version answered {(int)alive.StatusCode}");
        }

        await app.StopAsync();
        return (answered, unhandled, hangs, slowest);
    }

    private HttpRequestMessage Request(string method, string path)
    {
        if (method == "GET")
        {
            return new HttpRequestMessage(HttpMethod.Get, path.TrimStart('/') + HostileRequests.Query(random));
        }

        var (body, contentType) = HostileRequests.Body(random);
        var content = new ByteArrayContent(body);
        content.Headers.ContentType = new MediaTypeHeaderValue(contentType);
        return new HttpRequestMessage(HttpMethod.Post, path.TrimStart('/')) { Content = content };
    }

    /// <summary>Every method and path the application maps (the API's registry, as served).</summary>
    private static List<(string Method, string Path)> Routes(WebApplication app) =>
        [.. app.Services.GetRequiredService<EndpointDataSource>().Endpoints
            .OfType<RouteEndpoint>()
            .SelectMany(endpoint => (endpoint.Metadata.GetMetadata<IHttpMethodMetadata>()?.HttpMethods ?? ["GET"])
                .Select(method => (method, "/" + endpoint.RoutePattern.RawText!.TrimStart('/'))))
            .Where(route => route.method is "GET" or "POST" && !route.Item2.Contains('{', StringComparison.Ordinal))
            .Distinct()];

    private static string Excerpt(string text) => text.Length <= 200 ? text : text[..200] + "…";
}
