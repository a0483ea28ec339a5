using HydraEngine.Testing;

namespace HydraEngine.FixtureBooru.Tests.Support;

/// <summary>Starts fixture boorus on a free loopback port for tests, with a manual clock unless told otherwise.</summary>
internal static class BooruTestServer
{
    /// <summary>The manual clock's start: in the past, so parsed source times are never clipped to "now".</summary>
    public static readonly DateTimeOffset ClockStart = new(2024, 1, 1, 12, 0, 0, TimeSpan.Zero);

    public static Task<FixtureBooruServer> StartAsync(FixtureBooruOptions? options = null) =>
        FixtureBooruServer.StartAsync((options ?? new FixtureBooruOptions()) with { Port = 0 });

    public static Task<FixtureBooruServer> StartAsync(ManualTimeProvider clock, FixtureBooruOptions? options = null) =>
        StartAsync((options ?? new FixtureBooruOptions()) with { Clock = clock });

    public static ManualTimeProvider NewClock() => new(ClockStart);

    /// <summary>A client for one server; <paramref name="cookies"/> keeps the session cookie.</summary>
    public static HttpClient Client(FixtureBooruServer server, bool cookies = false) =>
        new(new SocketsHttpHandler { UseCookies = cookies, PooledConnectionLifetime = TimeSpan.FromSeconds(30) })
        {
            BaseAddress = server.BaseAddress,
            Timeout = TimeSpan.FromSeconds(30),
        };
}
