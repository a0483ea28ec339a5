using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using HydraEngine.Database;
using Microsoft.Diagnostics.NETCore.Client;

namespace HydraEngine.Cli.Commands.Profiling;

/// <summary>
/// <c>hydra --profile COMMAND...</c>: runs the command while sampling where the time goes and timing every SQL
/// statement of the engine's one opener, then writes <c>hydra-profile-&lt;time&gt;.txt</c> (in the current folder) for
/// a bug report: top methods by inclusive time, SQL statements by total time and count.
/// </summary>
internal static class CommandProfiler
{
    private const int TopMethods = 60;
    private const int TopStatements = 40;

    public static async Task<int> RunAsync(ParseResult parsed, SqlProfile sql, string[] args, TextWriter error)
    {
        var stamp = DateTimeOffset.UtcNow.ToString("yyyyMMdd-HHmmss", CultureInfo.InvariantCulture);
        var reportPath = Path.GetFullPath($"hydra-profile-{stamp}.txt");
        var tracePath = Path.Combine(Path.GetTempPath(), $"hydra-profile-{stamp}-{Environment.ProcessId}.nettrace");
        MethodSampler? sampler = null;
        string? samplingProblem = null;
        try
        {
            sampler = MethodSampler.Start(tracePath);
        }
        catch (Exception exception) when (exception is ServerNotAvailableException or UnsupportedCommandException or IOException or TimeoutException)
        {
            samplingProblem = $"method sampling is unavailable here ({exception.Message}); run `dotnet-trace collect -- hydra ...` for it";
        }

        var clock = Stopwatch.StartNew();
        var exit = await parsed.InvokeAsync(CliRoot.Invocation());
        var elapsed = clock.Elapsed;
        var methods = (Methods: (IReadOnlyList<(string Method, long Samples)>)[], Samples: 0L);
        if (sampler is not null)
        {
            await using (sampler)
            {
                methods = await sampler.StopAsync();
            }

            File.Delete(tracePath);
        }

        await File.WriteAllTextAsync(reportPath, ProfileReport.Write(args, exit, elapsed, methods.Methods.Take(TopMethods).ToArray(), methods.Samples, sql.Statements.Take(TopStatements).ToArray(), samplingProblem));
        await error.WriteLineAsync($"profile written to {reportPath}");
        return exit;
    }
}
