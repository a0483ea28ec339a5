using System.Text.RegularExpressions;
using HydraEngine.Cli.Commands;

namespace HydraEngine.Cli.Tests.Commands;

/// <summary><c>hydra demo</c> for real: a fixture booru in-process, gallery download, watcher, subscription, store search.</summary>
public sealed partial class DemoCommandTests : IDisposable
{
    private readonly string folder = Directory.CreateTempSubdirectory("hydra-demo-test-").FullName;

    [Fact]
    public async Task The_demo_stores_files_and_says_how_many()
    {
        var output = new StringWriter();
        var error = new StringWriter();

        var code = await DemoCommand.RunAsync(Path.Combine(folder, "hydra.db"), folder, DemoCommand.DefaultSpeed, output, error, CancellationToken.None);

        code.ShouldBe(0, $"{output}\n{error}");
        var summary = output.ToString().Split('\n').Last(line => line.StartsWith("demo finished", StringComparison.Ordinal));
        int.Parse(FilesCount().Match(summary).Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture).ShouldBeGreaterThan(0);
        output.ToString().ShouldContain("read back identical");
        output.ToString().ShouldContain("the thread is gone (404)");
    }

    [Fact]
    public async Task A_second_demo_on_the_same_store_adds_no_library_versions()
    {
        var database = Path.Combine(folder, "hydra.db");
        (await DemoCommand.RunAsync(database, folder, DemoCommand.DefaultSpeed, new StringWriter(), new StringWriter(), CancellationToken.None)).ShouldBe(0);
        var output = new StringWriter();

        (await DemoCommand.RunAsync(database, folder, DemoCommand.DefaultSpeed, output, new StringWriter(), CancellationToken.None)).ShouldBe(0, output.ToString());

        output.ToString().ShouldMatch(@"imported the fixture booru downloader: \d+ objects \(0 added, 0 replaced, \d+ unchanged\)");
    }

    public void Dispose() => Directory.Delete(folder, recursive: true);

    [GeneratedRegex(@"(\d+) files in the store")]
    private static partial Regex FilesCount();
}
