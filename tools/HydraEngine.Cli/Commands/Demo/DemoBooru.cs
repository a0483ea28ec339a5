using HydraEngine.FixtureBooru;

namespace HydraEngine.Cli.Commands.Demo;

/// <summary>
/// The demo's fixture booru, served from this process on a free loopback port and on the demo's clock: one thread that
/// grows for a few hours and then answers 404, and a gallery whose newest posts appear one every two hours as the clock moves.
/// </summary>
internal sealed class DemoBooru : IAsyncDisposable
{
    public const int PostsPerPage = 10;

    private DemoBooru(FixtureBooruServer server) => Server = server;

    public FixtureBooruServer Server { get; }

    /// <summary>The one thread's lifetime: it answers 404 after this much clock time.</summary>
    public static TimeSpan ThreadLifetime { get; } = TimeSpan.FromHours(3);

    /// <summary>
    /// Starts with <paramref name="posts"/> posts published and <paramref name="futurePosts"/> more that appear one every
    /// two hours, on <paramref name="preferredPort"/> when it is free (the port an earlier demo used, so its downloader is
    /// unchanged and the library gains no new versions), else on any free port.
    /// </summary>
    public static async Task<DemoBooru> StartAsync(TimeProvider clock, int posts, int futurePosts, int? preferredPort, CancellationToken cancellationToken)
    {
        if (preferredPort is { } port)
        {
            try
            {
                return new(await FixtureBooruServer.StartAsync(Options(clock, posts + futurePosts, futurePosts) with { Port = port }, cancellationToken).ConfigureAwait(false));
            }
            catch (IOException)
            {
                // The port is taken now; any free one will do.
            }
        }

        return new(await FixtureBooruServer.StartAsync(Options(clock, posts + futurePosts, futurePosts), cancellationToken).ConfigureAwait(false));
    }

    public ValueTask DisposeAsync() => Server.DisposeAsync();

    private static FixtureBooruOptions Options(TimeProvider clock, int posts, int futurePosts) => new()
    {
        Port = 0,
        Clock = clock,
        PostCount = posts,
        FuturePosts = futurePosts,
        PostInterval = TimeSpan.FromHours(2),
        PostsPerPage = PostsPerPage,
        Threads = new ThreadScheduleOptions { Count = 1, MaxPosts = 8, FirstInterval = TimeSpan.FromMinutes(5), Slowdown = 1.5, Lifetime = ThreadLifetime },
    };
}
