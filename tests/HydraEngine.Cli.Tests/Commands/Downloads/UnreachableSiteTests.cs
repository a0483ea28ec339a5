using System.Net;
using System.Net.Sockets;
using HydraEngine.Cli.Tests.Commands.Downloads.Support;

namespace HydraEngine.Cli.Tests.Commands.Downloads;

/// <summary>
/// A download from a site that cannot be reached (nothing listens on its port) is a failure: pages_failed, a non-zero
/// exit, status "failed" with the last error, and `hydra retry` puts the gallery page back.
/// </summary>
public sealed class UnreachableSiteTests : IDisposable
{
    private const string Gug = "fixture booru tag search";

    private readonly int port = FreePort();
    private readonly CliDatabase database;

    public UnreachableSiteTests() => database = new CliDatabase($"127.0.0.1:{port}");

    [Fact]
    public async Task A_download_that_fetched_nothing_exits_non_zero_with_pages_failed()
    {
        var result = await database.RunAsync("download", Gug, "red_hair", "--json");

        result.Code.ShouldBe(1, result.ToString());
        var json = result.LastJson;
        ((int)json["pages"]!).ShouldBe(0);
        ((int)json["pages_failed"]!).ShouldBe(1);
        result.Error.ShouldContain($"127.0.0.1:{port} refused the connection");
        result.Error.ShouldContain("nothing was fetched");
    }

    [Fact]
    public async Task Status_says_failed_with_the_last_error()
    {
        await database.RunAsync("download", Gug, "red_hair");

        var status = (await database.RunAsync("status", "--json")).LastJson;

        var job = status["jobs"]!.AsArray().ShouldHaveSingleItem()!.AsObject();
        ((string)job["state"]!).ShouldBe("failed");
        ((int)job["pages_failed"]!).ShouldBe(1);
        ((string)job["last_error"]!).ShouldContain("refused the connection");
    }

    [Fact]
    public async Task Retry_puts_the_failed_gallery_page_back()
    {
        await database.RunAsync("download", Gug, "red_hair");

        var retry = await database.RunAsync("retry");

        retry.Lines[^1].ShouldContain("1 failed gallery page");
        var status = (await database.RunAsync("status", "--json")).LastJson;
        ((string)status["jobs"]![0]!["state"]!).ShouldBe("working");
    }

    public void Dispose() => database.Dispose();

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
