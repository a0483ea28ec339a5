using HydraEngine.Downloading.State;

namespace HydraEngine.Cli.Commands.Downloads;

/// <summary>
/// How a download command ends: 130 after Ctrl-C or SIGTERM (saying what is left), 75 when the job's bandwidth ran
/// out with work still pending (saying when it returns), 1 when nothing was fetched and pages or files failed
/// (saying the last error and what to do), else 0.
/// </summary>
internal static class JobOutcome
{
    /// <summary>The job's status row after the run (null when the job is gone).</summary>
    public static JobStatus? StatusOf(HydraEngine.Downloading.DownloadEngine engine, string label) =>
        engine.Status().Jobs.FirstOrDefault(job => job.Label == label);

    public static int ExitCode(ConsoleInterrupt interrupt, FileTally tally, int pagesFailed, string? lastError, TextWriter error, JobStatus? job)
    {
        if (interrupt.Stopped)
        {
            error.WriteLine($"stopped early: {tally.Pending} file{(tally.Pending == 1 ? "" : "s")} still pending; `hydra run` picks up where this stopped.");
            return ExitCodes.Interrupted;
        }

        if (job is { State: JobStatus.WaitingForBandwidth })
        {
            var pending = Math.Max(tally.Pending, job.PendingFiles);
            error.WriteLine($"stopped: out of bandwidth for {job.Label}: {pending} file{(pending == 1 ? "" : "s")} still pending; "
                + $"the bandwidth returns {HumanTime.Until(job.NextDue, DateTimeOffset.UtcNow.ToUnixTimeSeconds())}. "
                + "`hydra run` (or `hydra serve`) goes on then; `hydra status` shows the wait.");
            return ExitCodes.OutOfBandwidth;
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
