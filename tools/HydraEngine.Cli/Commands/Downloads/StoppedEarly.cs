namespace HydraEngine.Cli.Commands.Downloads;

/// <summary>The line a command prints when Ctrl-C stopped its run.</summary>
internal static class StoppedEarly
{
    public static void Report(ConsoleInterrupt interrupt, int pending, TextWriter error)
    {
        if (interrupt.Stopped)
        {
            error.WriteLine($"stopped early: {pending} file{(pending == 1 ? "" : "s")} still pending; `hydra run` picks up where this stopped.");
        }
    }
}
