using HydraEngine.Cli.Tests.Commands.Downloads.Support;

namespace HydraEngine.Cli.Tests.Commands.Downloads;

/// <summary><c>hydra run</c>: stopping (Ctrl-C cancels the same token) ends cleanly with exit 130 and says what is left.</summary>
public sealed class RunCommandTests(BooruServer booru) : IClassFixture<BooruServer>, IDisposable
{
    private readonly CliDatabase database = new(booru);

    [Fact]
    public async Task Stopping_a_run_exits_cleanly_and_says_what_is_left_pending()
    {
        await database.RunAsync("watch", booru.Url("/thread/1"), "--no-run");
        using var stop = new CancellationTokenSource(TimeSpan.FromSeconds(3));

        var result = await database.RunAsync(stop.Token, "run");

        result.Code.ShouldBe(130, result.ToString());
        result.Output.ShouldContain("stopped:");
        result.Lines[^1].ShouldMatch(@"^(nothing is left pending\.|left pending: \d+ files? in \d+ jobs?;.*)$");
        var status = (await database.RunAsync("status", "--json")).LastJson["jobs"]![0]!;
        ((string)status["state"]!).ShouldBe("watching");
    }

    public void Dispose() => database.Dispose();
}
