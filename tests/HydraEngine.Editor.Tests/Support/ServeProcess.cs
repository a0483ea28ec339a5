using System.Diagnostics;

namespace HydraEngine.Editor.Tests.Support;

/// <summary>A real <c>hydra serve --port 0</c> process on a store; its address comes from the host's "Now listening on" line.</summary>
internal sealed class ServeProcess : IDisposable
{
    private readonly Process process;
    private readonly TaskCompletionSource<Uri> listening = new(TaskCreationOptions.RunContinuationsAsynchronously);

    private ServeProcess(string database)
    {
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in new[] { Path.Combine(AppContext.BaseDirectory, "hydra.dll"), "serve", "--port", "0", "--maintenance", "never", "--db", database })
        {
            start.ArgumentList.Add(argument);
        }

        process = Process.Start(start)!;
        process.OutputDataReceived += (_, line) => Listen(line.Data);
        process.ErrorDataReceived += (_, line) => Listen(line.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
    }

    public static async Task<(ServeProcess Serve, Uri Address)> StartAsync(string database)
    {
        var serve = new ServeProcess(database);
        return (serve, await serve.listening.Task.WaitAsync(TimeSpan.FromSeconds(60)));
    }

    /// <summary>SIGKILL: no clean stop, as a crash or a power cut would end it.</summary>
    public void Kill()
    {
        process.Kill(entireProcessTree: true);
        process.WaitForExit();
    }

    public void Dispose()
    {
        if (!process.HasExited)
        {
            Kill();
        }

        process.Dispose();
    }

    private void Listen(string? line)
    {
        const string Marker = "Now listening on: ";
        if (line?.IndexOf(Marker, StringComparison.Ordinal) is int at and >= 0)
        {
            listening.TrySetResult(new Uri(line[(at + Marker.Length)..].Trim()));
        }
    }
}
