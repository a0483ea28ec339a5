using HydraEngine.FixtureBooru;

namespace HydraEngine.Cli.Tests.Commands.Downloads.Support;

/// <summary>A fixture booru on a free loopback port (system clock), shared by the tests of one class.</summary>
public sealed class BooruServer : IAsyncLifetime
{
    private FixtureBooruServer? server;

    public FixtureBooruServer Server => server ?? throw new InvalidOperationException("the booru has not started");

    public string Url(string pathAndQuery) => Server.UrlFor(pathAndQuery).ToString();

    public async Task InitializeAsync() => server = await FixtureBooruServer.StartAsync(new FixtureBooruOptions { Port = 0 });

    public async Task DisposeAsync()
    {
        if (server is not null)
        {
            await server.DisposeAsync();
        }
    }
}
