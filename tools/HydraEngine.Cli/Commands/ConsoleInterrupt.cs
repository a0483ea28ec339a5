using System.Runtime.InteropServices;

namespace HydraEngine.Cli.Commands;

/// <summary>
/// Ctrl-C (SIGINT) and SIGTERM as a request to stop: the first one cancels <see cref="Token"/> so the command finishes
/// cleanly (every interrupted file stays pending, nothing half-written is left) and exits <see cref="ExitCodes.Interrupted"/>;
/// a second Ctrl-C ends the process at once.
/// </summary>
internal sealed class ConsoleInterrupt : IDisposable
{
    private readonly CancellationTokenSource source;
    private readonly TextWriter error;
    private readonly PosixSignalRegistration? terminate;

    public ConsoleInterrupt(CancellationToken outer, TextWriter error)
    {
        source = CancellationTokenSource.CreateLinkedTokenSource(outer);
        this.error = error;
        Console.CancelKeyPress += OnCancelKeyPress;
        terminate = OperatingSystem.IsWindows() ? null : PosixSignalRegistration.Create(PosixSignal.SIGTERM, OnTerminate);
    }

    public CancellationToken Token => source.Token;

    /// <summary>Ctrl-C or SIGTERM arrived (or the caller cancelled).</summary>
    public bool Stopped => source.IsCancellationRequested;

    public void Dispose()
    {
        Console.CancelKeyPress -= OnCancelKeyPress;
        terminate?.Dispose();
        source.Dispose();
    }

    private void OnCancelKeyPress(object? sender, ConsoleCancelEventArgs e)
    {
        if (source.IsCancellationRequested)
        {
            return;
        }

        e.Cancel = true;
        Stop("press Ctrl-C again to quit at once");
    }

    private void OnTerminate(PosixSignalContext context)
    {
        context.Cancel = true;
        if (!source.IsCancellationRequested)
        {
            Stop("asked to terminate");
        }
    }

    private void Stop(string how)
    {
        error.WriteLine($"stopping: finishing what is in flight ({how})…");
        try
        {
            source.Cancel();
        }
        catch (ObjectDisposedException)
        {
            // The command had already finished.
        }
    }
}
