using HydraEngine.Cli.Tests.Support;
using HydraEngine.Definitions;
using HydraEngine.Model.Strings;

namespace HydraEngine.Cli.Tests.Commands.Store;

/// <summary>Issue 19: sidecars are read only from regular files and up to a limit; a bad one fails its file, never the import.</summary>
public sealed class HostileSidecarTests : IDisposable
{
    private readonly string folder = Directory.CreateTempSubdirectory("hydra-hostile-sidecars-").FullName;

    private string Media => Path.Combine(folder, "media");

    [Fact]
    public async Task A_sidecar_that_is_a_device_is_refused_without_blocking()
    {
        var image = Image("a.png");
        File.CreateSymbolicLink(image + ".txt", "/dev/zero");

        var result = await HydraProcess.RunAsync(folder, "import", Media, "--sidecars", "--db", Path.Combine(folder, "hydra.db"));

        result.Error.ShouldContain("a.png.txt is a character device, not a regular file", customMessage: result.ToString());
    }

    [Fact]
    public async Task A_sidecar_over_the_limit_is_refused_naming_the_limit()
    {
        var image = Image("b.png");
        await File.WriteAllTextAsync(image + ".txt", new string('t', 16 * 1024 * 1024 + 1));

        var result = await HydraProcess.RunAsync(folder, "import", Media, "--sidecars", "--db", Path.Combine(folder, "hydra.db"));

        result.ToString().ShouldContain("larger than the limit of 16 MiB");
    }

    [Fact]
    public async Task A_sidecar_with_a_byte_order_mark_gives_clean_tags()
    {
        var image = Image("c.png");
        await File.WriteAllTextAsync(image + ".txt", "\uFEFFblue eyes\r\nsmile\r\n", new System.Text.UTF8Encoding(encoderShouldEmitUTF8Identifier: false));
        var store = Path.Combine(folder, "hydra.db");

        (await HydraProcess.RunAsync(folder, "import", Media, "--sidecars", "--db", store)).Code.ShouldBe(0);

        (await HydraProcess.RunAsync(folder, "search", "blue eyes, smile", "--db", store)).Output.ShouldContain("image/png");
    }

    public void Dispose() => Directory.Delete(folder, recursive: true);

    private string Image(string name)
    {
        Directory.CreateDirectory(Media);
        var path = Path.Combine(Media, name);
        File.WriteAllBytes(path, HydrusSerialiser.ToPng(StringMatch.Any));
        return path;
    }
}
