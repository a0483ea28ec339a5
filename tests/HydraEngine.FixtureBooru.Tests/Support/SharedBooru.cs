using HydraEngine.Testing;

namespace HydraEngine.FixtureBooru.Tests.Support;

/// <summary>One server (default content, manual clock) shared by the read-only tests of a class.</summary>
public sealed class SharedBooru : IAsyncLifetime
{
    private FixtureBooruServer? server;

    public ManualTimeProvider Clock { get; } = BooruTestServer.NewClock();

    public FixtureBooruServer Server => server ?? throw new InvalidOperationException("the server has not started");

    public HttpClient Client { get; private set; } = new();

    public async Task InitializeAsync()
    {
        server = await BooruTestServer.StartAsync(Clock);
        Client.Dispose();
        Client = BooruTestServer.Client(server);
    }

    public async Task DisposeAsync()
    {
        Client.Dispose();
        if (server is not null)
        {
            await server.DisposeAsync();
        }
    }
}
