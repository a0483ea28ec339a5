using HydraEngine.FixtureBooru.Faults;
using HydraEngine.FixtureBooru.Tests.Support;

namespace HydraEngine.FixtureBooru.Tests.Logging;

public sealed class RequestLogTests : IAsyncLifetime
{
    private readonly Testing.ManualTimeProvider clock = BooruTestServer.NewClock();
    private FixtureBooruServer server = null!;
    private HttpClient client = null!;

    public async Task InitializeAsync()
    {
        server = await BooruTestServer.StartAsync(clock);
        client = BooruTestServer.Client(server);
    }

    public async Task DisposeAsync()
    {
        client.Dispose();
        await server.DisposeAsync();
    }

    [Fact]
    public async Task Requests_are_counted_per_path_and_per_url()
    {
        await client.GetStringAsync("/posts?page=1");
        await client.GetStringAsync("/posts?page=2");
        await client.GetStringAsync("/posts?page=2");

        server.Requests.CountPath("/posts").ShouldBe(3);
        server.Requests.CountFor("/posts?page=2").ShouldBe(2);
        server.Requests.CountsByPath().ShouldBe(new Dictionary<string, int> { ["/posts"] = 3 });
    }

    [Fact]
    public async Task Entries_carry_the_server_clock_time_and_select_by_window()
    {
        await client.GetStringAsync("/post/1");
        clock.Advance(TimeSpan.FromMinutes(10));
        await client.GetStringAsync("/post/2");

        server.Requests.Between(BooruTestServer.ClockStart, BooruTestServer.ClockStart.AddMinutes(5)).Single().Path.ShouldBe("/post/1");
        server.Requests.Snapshot()[1].Time.ShouldBe(BooruTestServer.ClockStart.AddMinutes(10));
    }

    [Fact]
    public async Task An_entry_records_status_bytes_and_method()
    {
        var file = server.Site.FindPost(3)!.File;

        await client.GetByteArrayAsync(file.Path);

        var entry = server.Requests.Snapshot().Single();
        (entry.Method, entry.Status, entry.BytesSent, entry.Fault).ShouldBe(("GET", 200, (long)file.Length, (FaultKind?)null));
    }

    [Fact]
    public async Task An_entry_records_the_injected_fault()
    {
        server.Faults.Add(new FaultRule(FaultKind.RateLimit, FaultTarget.Files));
        var path = server.Site.FindPost(3)!.File.Path;

        (await client.GetAsync(path)).Dispose();
        (await client.GetAsync(path)).Dispose();

        server.Requests.Snapshot().Select(entry => (entry.Status, entry.Fault)).ShouldBe([(429, FaultKind.RateLimit), (200, (FaultKind?)null)]);
        server.Requests.SuccessfulCount(path).ShouldBe(1);
    }

    [Fact]
    public async Task An_entry_records_request_headers()
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/post/1");
        request.Headers.Add("X-Fixture-Client", "test");

        (await client.SendAsync(request)).Dispose();

        server.Requests.Snapshot().Single().Headers["x-fixture-client"].ShouldBe("test");
    }
}
