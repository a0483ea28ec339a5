using System.Diagnostics;

namespace HydraEngine.Benchmarks;

/// <summary>One process run from start to exit: its wall-clock milliseconds (process start included), exit code and output.</summary>
internal sealed record ProcessTiming(double Milliseconds, int ExitCode, string Output, string Error)
{
    public static ProcessTiming Run(string program, IEnumerable<string> arguments, IReadOnlyList<KeyValuePair<string, string>> environment)
    {
        var info = new ProcessStartInfo(program) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var argument in arguments)
        {
            info.ArgumentList.Add(argument);
        }

        foreach (var (name, value) in environment)
        {
            info.Environment[name] = value;
        }

        var watch = Stopwatch.StartNew();
        using var process = Process.Start(info)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        process.WaitForExit();
        watch.Stop();
        return new ProcessTiming(watch.Elapsed.TotalMilliseconds, process.ExitCode, output.Result, error.Result);
    }
}
