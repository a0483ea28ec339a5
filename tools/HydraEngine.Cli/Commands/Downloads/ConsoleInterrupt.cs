namespace HydraEngine.Cli.Commands.Downloads;

/// <summary>
/// Ctrl-C as a request to stop: the first press cancels <see cref="Token"/> so the run finishes cleanly (every
/// interrupted file stays pending, nothing half-written is left); a second press ends the process at once.
/// </summary>
internal sealed class ConsoleInterrupt : IDisposable
{
    private readonly CancellationTokenSource source;
    private readonly TextWriter error;

    public ConsoleInterrupt(CancellationToken outer, TextWriter error)
    {
        source = CancellationTokenSource.CreateLinkedTokenSource(outer);
        this.error = error;
        Console.CancelKeyPress += OnCancelKeyPress;
    }

    public CancellationToken Token => source.Token;

    /// <summary>Ctrl-C was pressed (or the caller cancelled).</summary>
    public bool Stopped => source.IsCancellationRequested;

    public void Dispose()
    {
        Console.CancelKeyPress -= OnCancelKeyPress;
        source.Dispose();
    }

    private void OnCancelKeyPress(object? sender, ConsoleCancelEventArgs e)
    {
        if (source.IsCancellationRequested)
        {
            return;
        }

        e.Cancel = true;
        error.WriteLine("stopping: finishing what is in flight (press Ctrl-C again to quit at once)…");
        source.Cancel();
    }
}
