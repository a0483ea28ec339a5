using HydraEngine.Cli.Tests.Commands.Downloads.Support;

namespace HydraEngine.Cli.Tests.Commands.Downloads;

/// <summary><c>hydra watch URL</c> against a live fixture booru.</summary>
public sealed class WatchCommandTests(BooruServer booru) : IClassFixture<BooruServer>, IDisposable
{
    private readonly CliDatabase database = new(booru);

    [Fact]
    public async Task Watch_adds_a_watcher_and_downloads_what_the_thread_has()
    {
        var result = await database.RunAsync("watch", booru.Url("/thread/1"));

        result.Code.ShouldBe(0, result.ToString());
        result.Output.ShouldContain("added watcher 1");
        result.Lines[^1].ShouldContain("1 file: 1 new");
        result.Lines[^1].ShouldContain("watching, next check in");
    }

    [Fact]
    public async Task No_run_only_adds_the_watcher_with_its_checker()
    {
        var result = await database.RunAsync("watch", booru.Url("/thread/2"), "--checker", "slow thread", "--no-run");

        result.Code.ShouldBe(0, result.ToString());
        result.Output.ShouldContain("every 4h to 7d");
        var status = (await database.RunAsync("status", "--json")).LastJson["jobs"]!.AsArray().ShouldHaveSingleItem()!;
        ((string)status["kind"]!).ShouldBe("watcher");
        ((int)status["done"]!).ShouldBe(0);
    }

    [Fact]
    public async Task An_unknown_checker_names_the_presets()
    {
        var result = await database.RunAsync("watch", booru.Url("/thread/1"), "--checker", "sometimes");

        result.Code.ShouldBe(1);
        result.Error.ShouldContain("slow thread");
    }

    public void Dispose() => database.Dispose();
}
