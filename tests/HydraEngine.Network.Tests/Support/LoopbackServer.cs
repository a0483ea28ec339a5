using System.Collections.Concurrent;
using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace HydraEngine.Network.Tests.Support;

/// <summary>A request the loopback server saw: its headers in arrival order and the engine clock's time when it arrived.</summary>
public sealed record RecordedRequest(string Method, string PathAndQuery, IReadOnlyList<KeyValuePair<string, string>> Headers, string Body, DateTimeOffset At)
{
    public string? Header(string name) =>
        Headers.Where(pair => string.Equals(pair.Key, name, StringComparison.OrdinalIgnoreCase)).Select(pair => pair.Value).FirstOrDefault();
}

/// <summary>A tiny Kestrel app on 127.0.0.1 and a free port, recording every request before the test's handler answers it.</summary>
public sealed class LoopbackServer : IAsyncDisposable
{
    private readonly WebApplication app;
    private int inFlight;
    private int maxInFlight;

    private LoopbackServer(WebApplication app) => this.app = app;

    public Uri BaseUrl { get; private set; } = null!;

    /// <summary>The netloc hydrus would call this server's domain, e.g. "127.0.0.1:41234".</summary>
    public string Domain => BaseUrl.Authority;

    public ConcurrentQueue<RecordedRequest> Requests { get; } = new();

    /// <summary>The most requests the handler was running at once.</summary>
    public int MaxInFlight => Volatile.Read(ref maxInFlight);

    public int InFlight => Volatile.Read(ref inFlight);

    public static async Task<LoopbackServer> StartAsync(Func<HttpContext, Task> handler, TimeProvider? clock = null)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseKestrel(options =>
        {
            options.Listen(IPAddress.Loopback, 0);
            options.RequestHeaderEncodingSelector = _ => System.Text.Encoding.Latin1;
        });
        var app = builder.Build();
        var server = new LoopbackServer(app);
        var time = clock ?? TimeProvider.System;
        app.Run(async context =>
        {
            var now = Interlocked.Increment(ref server.inFlight);
            InterlockedMax(ref server.maxInFlight, now);
            try
            {
                context.Request.EnableBuffering();
                var body = await new StreamReader(context.Request.Body, leaveOpen: true).ReadToEndAsync();
                context.Request.Body.Position = 0;
                var headers = context.Request.Headers.SelectMany(header => header.Value.Select(value => new KeyValuePair<string, string>(header.Key, value ?? ""))).ToList();
                server.Requests.Enqueue(new RecordedRequest(
                    context.Request.Method, context.Request.Path + context.Request.QueryString, headers, body, time.GetUtcNow()));
                await handler(context);
            }
            finally
            {
                Interlocked.Decrement(ref server.inFlight);
            }
        });
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        server.BaseUrl = new Uri(address);
        return server;
    }

    public Uri Url(string pathAndQuery) => new(BaseUrl, pathAndQuery);

    public async ValueTask DisposeAsync()
    {
        await app.StopAsync();
        await app.DisposeAsync();
    }

    private static void InterlockedMax(ref int target, int value)
    {
        int seen;
        while ((seen = Volatile.Read(ref target)) < value && Interlocked.CompareExchange(ref target, value, seen) != seen)
        {
        }
    }
}
