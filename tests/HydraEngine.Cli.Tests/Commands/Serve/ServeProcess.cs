using System.Diagnostics;
using HydraEngine.Cli.Commands;

namespace HydraEngine.Cli.Tests.Commands.Serve;

/// <summary>A real <c>hydra serve --port 0</c> process; its address is read from the host's "Now listening on" line.</summary>
internal sealed class ServeProcess : IDisposable
{
    private readonly Process process;
    private readonly TaskCompletionSource<Uri> listening = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly System.Collections.Concurrent.ConcurrentQueue<string> lines = new();

    private ServeProcess(Process process) => this.process = process;

    public Process Process => process;

    public string Output => string.Join('\n', lines);

    public static ServeProcess Start(string database, params string[] extra)
    {
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in new[] { typeof(CliRoot).Assembly.Location, "serve", "--port", "0", "--db", database }.Concat(extra))
        {
            start.ArgumentList.Add(argument);
        }

        var serve = new ServeProcess(Process.Start(start)!);
        serve.process.OutputDataReceived += (_, line) => serve.Read(line.Data);
        serve.process.ErrorDataReceived += (_, line) => serve.Read(line.Data);
        serve.process.BeginOutputReadLine();
        serve.process.BeginErrorReadLine();
        return serve;
    }

    public async Task<Uri> AddressAsync()
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        return await listening.Task.WaitAsync(timeout.Token);
    }

    /// <summary>Polls <paramref name="condition"/> until it holds; fails when the limit passes or serve stops first.</summary>
    public async Task WaitUntilAsync(Func<bool> condition, TimeSpan limit)
    {
        var clock = Stopwatch.StartNew();
        while (!condition())
        {
            clock.Elapsed.ShouldBeLessThan(limit, $"serve never got that far:\n{Output}");
            process.HasExited.ShouldBeFalse($"serve stopped:\n{Output}");
            await Task.Delay(100);
        }
    }

    /// <summary>How many files the store at <paramref name="database"/> holds, read through a fresh engine.</summary>
    public static int StoredFiles(string database)
    {
        using var engine = HydraEngine.Host.HydraEngineHost.Open(HydraEngine.Host.HydraEngineOptions.ForDatabase(database));
        return engine.Store.Search("system:everything").Count;
    }

    /// <summary>SIGTERM, as a service manager stops it.</summary>
    public void Terminate() => Process.Start("kill", ["-TERM", process.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)])!.WaitForExit();

    public void Dispose()
    {
        if (!process.HasExited)
        {
            process.Kill(entireProcessTree: true);
            process.WaitForExit();
        }

        process.Dispose();
    }

    private void Read(string? line)
    {
        if (line is null)
        {
            return;
        }

        lines.Enqueue(line);
        const string Marker = "Now listening on: ";
        var at = line.IndexOf(Marker, StringComparison.Ordinal);
        if (at >= 0)
        {
            listening.TrySetResult(new Uri(line[(at + Marker.Length)..].Trim()));
        }
    }
}
