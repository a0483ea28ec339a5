using HydraEngine.Cli.Tests.Commands.Downloads.Support;
using HydraEngine.FixtureBooru.Faults;

namespace HydraEngine.Cli.Tests.Commands.Downloads;

/// <summary><c>hydra retry</c>: a file that failed for good is queued again and arrives on the next run.</summary>
public sealed class RetryCommandTests(BooruServer booru) : IClassFixture<BooruServer>, IDisposable
{
    private readonly CliDatabase database = new(booru);

    [Fact]
    public async Task A_failed_file_is_queued_again_and_downloaded_by_the_next_run()
    {
        booru.Server.Faults.Add(new FaultRule(FaultKind.ServerError, FaultTarget.Pages) { FirstAttempts = 50, PathPrefix = "/post/2" });
        var failed = await database.RunAsync("get", booru.Url("/post/2"), "--json");
        ((int)failed.LastJson["files_failed"]!).ShouldBe(1, failed.ToString());
        booru.Server.Faults.Clear();

        var retry = await database.RunAsync("retry");
        retry.Lines[^1].ShouldStartWith("queued again: 1 failed file and 0 failed gallery pages");
        (await database.RunAsync("run", "--until-idle")).Code.ShouldBe(0);
        database.StoredFiles().ShouldBe(1);
    }

    [Fact]
    public async Task Nothing_to_retry_says_so()
    {
        var result = await database.RunAsync("retry");
        result.Lines[^1].ShouldBe("nothing failed: no file or gallery page to retry");
    }

    public void Dispose() => database.Dispose();
}
