using HydraEngine.Cli.Commands;

namespace HydraEngine.Cli.Tests.Commands;

public sealed class DemoCommandTests
{
    [Fact]
    public void The_demo_round_trips_the_embedded_downloaders_through_a_png()
    {
        var folder = Directory.CreateTempSubdirectory("hydra-demo-test-").FullName;
        var output = new StringWriter();

        var code = DemoCommand.Run(folder, output);

        code.ShouldBe(0);
        output.ToString().ShouldContain("read back identical");
        File.Exists(Path.Combine(folder, "demo downloader.png")).ShouldBeTrue();
        Directory.Delete(folder, recursive: true);
    }
}
