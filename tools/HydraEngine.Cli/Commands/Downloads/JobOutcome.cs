namespace HydraEngine.Cli.Commands.Downloads;

/// <summary>
/// How a download command ends: 130 after Ctrl-C or SIGTERM (saying what is left), 1 when nothing was fetched and
/// pages or files failed (saying the last error and what to do), else 0.
/// </summary>
internal static class JobOutcome
{
    public static int ExitCode(ConsoleInterrupt interrupt, FileTally tally, int pagesFailed, string? lastError, TextWriter error)
    {
        if (interrupt.Stopped)
        {
            error.WriteLine($"stopped early: {tally.Pending} file{(tally.Pending == 1 ? "" : "s")} still pending; `hydra run` picks up where this stopped.");
            return ExitCodes.Interrupted;
        }

        var fetched = tally.New + tally.AlreadyInDb + tally.PreviouslyDeleted;
        if (fetched > 0 || (tally.Failed == 0 && pagesFailed == 0))
        {
            return ExitCodes.Ok;
        }

        var what = new List<string>();
        if (pagesFailed > 0)
        {
            what.Add($"{pagesFailed} gallery page{(pagesFailed == 1 ? "" : "s")}");
        }

        if (tally.Failed > 0)
        {
            what.Add($"{tally.Failed} file{(tally.Failed == 1 ? "" : "s")}");
        }

        error.WriteLine($"error: nothing was fetched: {string.Join(" and ", what)} failed"
            + (lastError is null ? "" : $"; last error: {lastError}")
            + ". Check the network and the site, then `hydra retry` and `hydra run` try again.");
        return ExitCodes.Failed;
    }
}
