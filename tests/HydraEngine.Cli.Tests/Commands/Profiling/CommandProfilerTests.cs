using System.Diagnostics;
using HydraEngine.Cli.Commands;
using HydraEngine.Testing;

namespace HydraEngine.Cli.Tests.Commands.Profiling;

/// <summary><c>hydra --profile COMMAND...</c> in a real process: the command runs, and a profile with methods and SQL is written in the current folder.</summary>
public sealed class CommandProfilerTests : IDisposable
{
    private readonly TemporaryFolder folder = new();

    [Fact]
    public async Task Given_profile_when_an_import_runs_then_a_profile_names_top_methods_and_the_stores_sql_statements()
    {
        var image = Directory.EnumerateFiles(Path.Combine(RepositoryPaths.Fixtures, "stores", "release-2026-12-04", "files"), "*", SearchOption.AllDirectories).First();
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, WorkingDirectory = folder.Path };
        foreach (var argument in new[] { typeof(CliRoot).Assembly.Location, "--profile", "import", image, "--db", folder.File("hydra.db") })
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start)!;
        var error = process.StandardError.ReadToEndAsync();
        await process.StandardOutput.ReadToEndAsync();
        await process.WaitForExitAsync();

        process.ExitCode.ShouldBe(0, await error);
        var profile = File.ReadAllText(Directory.GetFiles(folder.Path, "hydra-profile-*.txt").ShouldHaveSingleItem());
        profile.ShouldContain("top methods by inclusive time");
        profile.ShouldContain("HydraEngine.Cli.Commands.Store.ImportCommand");
        profile.ShouldContain("SQL statements by total time");
        profile.ShouldContain("SELECT", Case.Sensitive);
    }

    public void Dispose() => folder.Dispose();
}
