using HydraEngine.FixtureBooru;

namespace HydraEngine.Cli.Commands.Demo;

/// <summary>
/// The demo's fixture booru, served from this process on a free loopback port and on the demo's clock: one thread that
/// grows for a few hours and then answers 404, and a gallery that can be "updated" (restarted on the same port with
/// more posts: the same seed gives the same earlier posts, so only the newest ones are new).
/// </summary>
internal sealed class DemoBooru : IAsyncDisposable
{
    public const int PostsPerPage = 10;

    private readonly TimeProvider clock;

    private DemoBooru(TimeProvider clock, FixtureBooruServer server)
    {
        this.clock = clock;
        Server = server;
    }

    public FixtureBooruServer Server { get; private set; }

    /// <summary>The one thread's lifetime: it answers 404 after this much clock time.</summary>
    public static TimeSpan ThreadLifetime { get; } = TimeSpan.FromHours(3);

    public static async Task<DemoBooru> StartAsync(TimeProvider clock, int posts, CancellationToken cancellationToken) =>
        new(clock, await FixtureBooruServer.StartAsync(Options(clock, port: 0, posts), cancellationToken).ConfigureAwait(false));

    /// <summary>Stops the server and starts it again on the same port (so the imported downloader still matches) with <paramref name="posts"/> posts.</summary>
    public async Task RestartAsync(int posts, CancellationToken cancellationToken)
    {
        var port = Server.Port;
        await Server.DisposeAsync().ConfigureAwait(false);
        Server = await FixtureBooruServer.StartAsync(Options(clock, port, posts), cancellationToken).ConfigureAwait(false);
    }

    public ValueTask DisposeAsync() => Server.DisposeAsync();

    private static FixtureBooruOptions Options(TimeProvider clock, int port, int posts) => new()
    {
        Port = port,
        Clock = clock,
        PostCount = posts,
        PostsPerPage = PostsPerPage,
        Threads = new ThreadScheduleOptions { Count = 1, MaxPosts = 8, FirstInterval = TimeSpan.FromMinutes(5), Slowdown = 1.5, Lifetime = ThreadLifetime },
    };
}
