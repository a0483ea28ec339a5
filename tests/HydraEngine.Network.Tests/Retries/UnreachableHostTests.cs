using System.Net;
using System.Net.Sockets;
using HydraEngine.Network.Tests.Support;

namespace HydraEngine.Network.Tests.Retries;

/// <summary>A host that cannot be reached is tried twice at most (not five times like a 503), and the error names it.</summary>
public sealed class UnreachableHostTests
{
    [Fact]
    public async Task A_refused_connection_is_tried_twice_and_named()
    {
        var port = FreePort();
        await using var engine = TestEngines.Create(TestEngines.Fast with { MaxAttempts = 5 });

        var failure = await Should.ThrowAsync<NetworkException>(() => engine.FetchPageAsync(new NetworkRequest(new Uri($"http://127.0.0.1:{port}/gallery"), NetworkJobContext.Adhoc)));

        failure.Message.ShouldContain($"127.0.0.1:{port} refused the connection");
        failure.Message.ShouldContain("after 2 attempts");
    }

    [Fact]
    public async Task A_name_that_does_not_resolve_is_tried_twice_and_named()
    {
        var attempts = 0;
        using var handler = new SocketsHttpHandler
        {
            ConnectCallback = (_, _) =>
            {
                Interlocked.Increment(ref attempts);
                throw new SocketException((int)SocketError.HostNotFound);
            },
        };
        await using var engine = TestEngines.Create(TestEngines.Fast with { MaxAttempts = 5, Handler = handler });

        var failure = await Should.ThrowAsync<NetworkException>(() => engine.FetchPageAsync(new NetworkRequest(new Uri("http://no-such-booru.example/posts"), NetworkJobContext.Adhoc)));

        failure.Message.ShouldContain("the name 'no-such-booru.example' does not resolve");
        attempts.ShouldBe(2);
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
