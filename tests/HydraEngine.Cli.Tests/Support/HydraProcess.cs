using System.Diagnostics;
using HydraEngine.Cli.Commands;

namespace HydraEngine.Cli.Tests.Support;

/// <summary>A real <c>hydra</c> process on a store (for tests that kill it), its output drained.</summary>
internal static class HydraProcess
{
    public static Process Start(string database, params string[] args)
    {
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true };
        start.ArgumentList.Add(typeof(CliRoot).Assembly.Location);
        foreach (var argument in args.Concat(["--db", database]))
        {
            start.ArgumentList.Add(argument);
        }

        var process = Process.Start(start)!;
        process.OutputDataReceived += (_, _) => { };
        process.ErrorDataReceived += (_, _) => { };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return process;
    }

    public static async Task<int> WaitForExitAsync(this Process process, TimeSpan limit)
    {
        using var timeout = new CancellationTokenSource(limit);
        await process.WaitForExitAsync(timeout.Token);
        return process.ExitCode;
    }
}
