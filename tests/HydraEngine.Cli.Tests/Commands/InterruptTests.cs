using HydraEngine.Cli.Tests.Support;
using HydraEngine.Definitions;
using HydraEngine.FixtureBooru;
using HydraEngine.FixtureBooru.Faults;
using HydraEngine.Model.Strings;

namespace HydraEngine.Cli.Tests.Commands;

/// <summary>
/// Ctrl-C (SIGINT) and SIGTERM on the real `hydra` process: each long command stops within seconds, says what it did
/// and what is left, leaves no partial file, and exits 130.
/// </summary>
public sealed class InterruptTests : IDisposable
{
    private static readonly TimeSpan Quickly = TimeSpan.FromSeconds(8);

    private readonly string folder = Directory.CreateTempSubdirectory("hydra-interrupt-").FullName;

    private string Database => Path.Combine(folder, "hydra.db");

    [Theory]
    [InlineData("INT")]
    [InlineData("TERM")]
    public async Task A_download_stops_says_what_is_left_and_exits_130(string signal)
    {
        await using var booru = await FixtureBooruServer.StartAsync(new FixtureBooruOptions { PostCount = 30 });
        booru.Faults.Add(new FaultRule(FaultKind.SlowBody, FaultTarget.Files) { EveryKth = 1, BytesPerSecond = 4 * 1024 });
        Downloads.Support.CliDatabaseImport.Downloader(Database, booru.Domain);
        using var hydra = HydraProcess.Start(folder, "download", "fixture booru tag search", "", "--db", Database);
        await hydra.WaitForTextAsync("queued", TimeSpan.FromSeconds(60));
        await Task.Delay(500);

        hydra.Signal(signal);
        var result = await hydra.WaitAsync(Quickly);

        result.Code.ShouldBe(130, result.ToString());
        result.Error.ShouldContain("still pending");
        Directory.EnumerateFiles(folder, "*.part", SearchOption.AllDirectories).ShouldBeEmpty();
    }

    [Fact]
    public async Task An_import_stops_between_batches_says_what_is_left_and_exits_130()
    {
        var source = Directory.CreateDirectory(Path.Combine(folder, "source")).FullName;
        for (var index = 0; index < 1500; index++)
        {
            File.WriteAllBytes(Path.Combine(source, $"{index:0000}.png"), HydrusSerialiser.ToPng(StringMatch.Any, $"picture {index}"));
        }

        using var hydra = HydraProcess.Start(folder, "import", source, "--verbose", "--db", Database);
        await hydra.WaitForTextAsync("imported ", TimeSpan.FromSeconds(60));

        hydra.Signal("INT");
        var result = await hydra.WaitAsync(Quickly);

        result.Code.ShouldBe(130, result.ToString());
        result.Error.ShouldMatch(@"stopped: \d+ of 1500 files done, \d+ left");
        Directory.EnumerateFiles(Path.Combine(folder, "files"), "*", SearchOption.AllDirectories).Where(path => path.Contains(".tmp", StringComparison.Ordinal)).ShouldBeEmpty();
    }

    [Fact]
    public async Task The_demo_stops_and_exits_130()
    {
        using var hydra = HydraProcess.Start(folder, "demo", "--db", Database);
        await hydra.WaitForTextAsync("1. a gallery download", TimeSpan.FromSeconds(60));

        hydra.Signal("INT");
        var result = await hydra.WaitAsync(Quickly);

        result.Code.ShouldBe(130, result.ToString());
        result.Error.ShouldContain("stopped");
    }

    public void Dispose() => Directory.Delete(folder, recursive: true);
}
