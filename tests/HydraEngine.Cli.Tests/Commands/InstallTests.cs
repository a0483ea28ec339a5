using System.Diagnostics;
using HydraEngine.Testing;

namespace HydraEngine.Cli.Tests.Commands;

/// <summary><c>tools/install</c> puts a <c>hydra</c> command in PREFIX/bin that runs this checkout's <c>tools/hydra</c>.</summary>
public sealed class InstallTests : IDisposable
{
    private readonly string prefix = Directory.CreateTempSubdirectory("hydra-install-").FullName;

    [Fact]
    public void Install_writes_an_executable_hydra_that_runs_the_checkout_launcher()
    {
        var install = Path.Combine(RepositoryPaths.Root, "tools", "install");
        using var process = Process.Start(new ProcessStartInfo(install) { ArgumentList = { "--prefix", prefix }, RedirectStandardOutput = true, RedirectStandardError = true })!;
        var output = process.StandardOutput.ReadToEnd();
        process.WaitForExit();

        process.ExitCode.ShouldBe(0, output + process.StandardError.ReadToEnd());
        var installed = Path.Combine(prefix, "bin", "hydra");
        output.ShouldContain($"installed {installed}");
        output.ShouldContain("is not on your PATH");
        if (!OperatingSystem.IsWindows())
        {
            File.GetUnixFileMode(installed).HasFlag(UnixFileMode.UserExecute).ShouldBeTrue();
        }

        File.ReadAllText(installed).ShouldContain($"exec {Path.Combine(RepositoryPaths.Root, "tools", "hydra")} \"$@\"");
    }

    public void Dispose() => Directory.Delete(prefix, recursive: true);
}
