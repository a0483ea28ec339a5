using System.Net;
using HydraEngine.FixtureBooru.Tests.Support;

namespace HydraEngine.FixtureBooru.Tests.Http;

public sealed class ThreadTests : IAsyncLifetime
{
    private readonly Testing.ManualTimeProvider clock = BooruTestServer.NewClock();
    private FixtureBooruServer server = null!;
    private HttpClient client = null!;

    public async Task InitializeAsync()
    {
        server = await BooruTestServer.StartAsync(clock, new FixtureBooruOptions
        {
            Threads = new ThreadScheduleOptions { FirstInterval = TimeSpan.FromMinutes(10), Slowdown = 2, MaxPosts = 5, Lifetime = TimeSpan.FromHours(3) },
        });
        client = BooruTestServer.Client(server);
    }

    public async Task DisposeAsync()
    {
        client.Dispose();
        await server.DisposeAsync();
    }

    private async Task<IReadOnlyList<string>> FileLinksAsync() => PageScraper.ThreadFileLinks(await client.GetStringAsync("/thread/1"));

    [Fact]
    public async Task A_new_thread_shows_only_its_opening_post()
    {
        (await FileLinksAsync()).ShouldBe([server.Site.Threads[0].AllPosts[0].File.Path]);
    }

    [Fact]
    public async Task Replies_appear_as_the_clock_passes_their_times()
    {
        clock.Advance(TimeSpan.FromMinutes(10));
        (await FileLinksAsync()).Count.ShouldBe(2);

        clock.Advance(TimeSpan.FromMinutes(19));
        (await FileLinksAsync()).Count.ShouldBe(2);

        clock.Advance(TimeSpan.FromMinutes(1));
        (await FileLinksAsync()).Count.ShouldBe(3);
    }

    [Fact]
    public async Task The_thread_stops_growing_at_its_last_post()
    {
        clock.Advance(TimeSpan.FromMinutes(150) + TimeSpan.FromMinutes(5));

        (await FileLinksAsync()).ShouldBe(server.Site.Threads[0].AllPosts.Select(post => post.File.Path));
    }

    [Fact]
    public async Task The_thread_is_gone_after_its_lifetime()
    {
        clock.Advance(TimeSpan.FromHours(3) - TimeSpan.FromSeconds(1));
        (await client.GetAsync("/thread/1")).StatusCode.ShouldBe(HttpStatusCode.OK);

        clock.Advance(TimeSpan.FromSeconds(1));
        (await client.GetAsync("/thread/1")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }
}
