using System.Net;
using HydraEngine.FixtureBooru.Content;
using HydraEngine.FixtureBooru.Faults;
using HydraEngine.FixtureBooru.Http;
using HydraEngine.FixtureBooru.Logging;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace HydraEngine.FixtureBooru;

/// <summary>
/// A running fixture booru on 127.0.0.1 (Kestrel): generated posts, threads that grow with the clock, files,
/// a JSON API, a login, switchable faults and a log of every request. Dispose to stop it.
/// </summary>
public sealed class FixtureBooruServer : IAsyncDisposable
{
    private readonly WebApplication app;

    private FixtureBooruServer(WebApplication app, Uri baseAddress, FixtureBooruOptions options, FixtureSite site, FixtureFaults faults, FixtureRequestLog requests)
    {
        this.app = app;
        BaseAddress = baseAddress;
        Options = options;
        Site = site;
        Faults = faults;
        Requests = requests;
    }

    /// <summary>e.g. <c>http://127.0.0.1:8089/</c> (always with the trailing slash).</summary>
    public Uri BaseAddress { get; }

    public int Port => BaseAddress.Port;

    /// <summary><c>127.0.0.1:PORT</c>, the domain hydrus objects name (the netloc with its port).</summary>
    public string Domain => $"127.0.0.1:{Port}";

    public FixtureBooruOptions Options { get; }

    public FixtureSite Site { get; }

    public FixtureFaults Faults { get; }

    public FixtureRequestLog Requests { get; }

    /// <summary>Generates the site from the options and starts serving it.</summary>
    public static async Task<FixtureBooruServer> StartAsync(FixtureBooruOptions options, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(options);
        var site = SiteGenerator.Generate(options, options.Clock.GetUtcNow());
        var faults = new FixtureFaults();
        var requests = new FixtureRequestLog();
        var sessions = new SessionStore();
        var dispatcher = new RequestDispatcher(new RequestRouter(site, options, sessions), sessions, faults, requests, options.Clock);

        // No configuration file watching: a watcher on the working folder would see every file a download writes.
        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions { Args = ["--hostBuilder:reloadConfigOnChange=false"], ContentRootPath = AppContext.BaseDirectory });
        builder.Logging.ClearProviders();
        builder.Services.Configure<HostOptions>(host => host.ShutdownTimeout = TimeSpan.FromSeconds(2));
        builder.WebHost.ConfigureKestrel(kestrel =>
        {
            kestrel.AddServerHeader = false;
            kestrel.Listen(IPAddress.Loopback, options.Port);
        });
        var app = builder.Build();
        app.Run(dispatcher.HandleAsync);
        await app.StartAsync(cancellationToken);

        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        return new FixtureBooruServer(app, new Uri(address.TrimEnd('/') + "/"), options, site, faults, requests);
    }

    /// <summary>An absolute URL on this server, e.g. <c>UrlFor("/post/3")</c>.</summary>
    public Uri UrlFor(string pathAndQuery) => new(BaseAddress, pathAndQuery);

    /// <summary>Completes when the host is asked to stop (Ctrl-C for the program).</summary>
    public Task WaitForShutdownAsync(CancellationToken cancellationToken = default) => app.WaitForShutdownAsync(cancellationToken);

    public async ValueTask DisposeAsync()
    {
        await app.StopAsync();
        await app.DisposeAsync();
    }
}
