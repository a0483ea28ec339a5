using System.Diagnostics;
using System.Text;
using HydraEngine.Cli.Commands;
using HydraEngine.Cli.Tests.Commands.Downloads.Support;

namespace HydraEngine.Cli.Tests.Support;

/// <summary>
/// The real <c>hydra</c> as a separate process (the built hydra.dll under <c>dotnet</c>), with its own data folder
/// (XDG_DATA_HOME) so it never touches the user's store; output is collected as it comes.
/// </summary>
public sealed class HydraProcess : IDisposable
{
    private readonly Process process;
    private readonly StringBuilder output = new();
    private readonly StringBuilder error = new();

    private HydraProcess(Process process)
    {
        this.process = process;
        process.OutputDataReceived += (_, line) => Append(output, line.Data);
        process.ErrorDataReceived += (_, line) => Append(error, line.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
    }

    public int Id => process.Id;

    public string Output
    {
        get
        {
            lock (output)
            {
                return output.ToString();
            }
        }
    }

    public string Error
    {
        get
        {
            lock (error)
            {
                return error.ToString();
            }
        }
    }

    /// <summary>Starts <c>hydra ARGS</c> with <paramref name="dataFolder"/> as XDG_DATA_HOME.</summary>
    public static HydraProcess Start(string dataFolder, params string[] args)
    {
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, RedirectStandardInput = true };
        start.ArgumentList.Add(typeof(CliRoot).Assembly.Location);
        foreach (var argument in args)
        {
            start.ArgumentList.Add(argument);
        }

        start.Environment["XDG_DATA_HOME"] = dataFolder;
        return new HydraProcess(Process.Start(start)!);
    }

    /// <summary>Runs <c>hydra ARGS</c> to its end (at most two minutes).</summary>
    public static async Task<CliResult> RunAsync(string dataFolder, params string[] args)
    {
        using var hydra = Start(dataFolder, args);
        return await hydra.WaitAsync(TimeSpan.FromMinutes(2));
    }

    /// <summary>Waits until stdout or stderr holds <paramref name="text"/>.</summary>
    public async Task WaitForTextAsync(string text, TimeSpan limit)
    {
        var clock = Stopwatch.StartNew();
        while (!Output.Contains(text, StringComparison.Ordinal) && !Error.Contains(text, StringComparison.Ordinal))
        {
            clock.Elapsed.ShouldBeLessThan(limit, $"hydra never printed '{text}'\n--- stdout\n{Output}--- stderr\n{Error}");
            process.HasExited.ShouldBeFalse($"hydra ended before printing '{text}'\n--- stdout\n{Output}--- stderr\n{Error}");
            await Task.Delay(50);
        }
    }

    /// <summary>Whether the process has ended.</summary>
    public bool HasExited => process.HasExited;

    /// <summary>Sends a POSIX signal ("INT", "TERM") as Ctrl-C or a service manager would.</summary>
    public void Signal(string name)
    {
        using var kill = Process.Start("kill", ["-s", name, process.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)])!;
        kill.WaitForExit();
    }

    public async Task<CliResult> WaitAsync(TimeSpan limit)
    {
        using var timeout = new CancellationTokenSource(limit);
        try
        {
            await process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw new ShouldAssertException($"hydra did not end within {limit}\n--- stdout\n{Output}--- stderr\n{Error}");
        }

        process.WaitForExit();
        return new CliResult(process.ExitCode, Output, Error);
    }

    public void Dispose()
    {
        if (!process.HasExited)
        {
            process.Kill(entireProcessTree: true);
        }

        process.Dispose();
    }

    private static void Append(StringBuilder text, string? line)
    {
        if (line is null)
        {
            return;
        }

        lock (text)
        {
            text.Append(line).Append('\n');
        }
    }
}
