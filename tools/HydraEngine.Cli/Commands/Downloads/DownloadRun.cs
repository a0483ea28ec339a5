using HydraEngine.Downloading;
using HydraEngine.Downloading.Running;
using Spectre.Console;

namespace HydraEngine.Cli.Commands.Downloads;

/// <summary>One run of the engine with a reporter: progress bars on a terminal, plain lines otherwise.</summary>
internal static class DownloadRun
{
    /// <summary>Bars only when writing to the real console and it is a terminal.</summary>
    public static bool IsInteractive(TextWriter output) =>
        ReferenceEquals(output, Console.Out) && !Console.IsOutputRedirected && AnsiConsole.Profile.Capabilities.Interactive;

    public static async Task<RunSummary> RunAsync(DownloadEngine engine, RunReporter reporter, bool stopWhenIdle, CancellationToken cancellationToken)
    {
        var options = new RunOptions(StopWhenIdle: stopWhenIdle);
        if (!reporter.Interactive)
        {
            return await engine.RunAsync(options, cancellationToken).ConfigureAwait(false);
        }

        RunSummary? summary = null;
        try
        {
            await AnsiConsole.Progress()
                .AutoClear(false)
                .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new ElapsedTimeColumn(), new SpinnerColumn())
                .StartAsync(async context =>
                {
                    reporter.Attach(context);
                    summary = await engine.RunAsync(options, cancellationToken).ConfigureAwait(false);
                }).ConfigureAwait(false);
        }
        finally
        {
            reporter.Detach();
        }

        return summary!;
    }
}
