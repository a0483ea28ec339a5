using System.CommandLine;

namespace HydraEngine.Cli.Commands.Downloads;

/// <summary><c>hydra run [--until-idle]</c>: works through every gallery download, URL queue, watcher and subscription as each falls due.</summary>
internal static class RunCommand
{
    public static Command Create()
    {
        var untilIdle = new Option<bool>("--until-idle") { Description = "Stop once nothing is due now, instead of waiting for the next check." };
        var command = new Command("run", "Work through everything due — downloads, URL queues, watchers, subscriptions — and keep waiting for what falls due next, until Ctrl-C (which stops cleanly: nothing is lost, the next run resumes).")
        {
            untilIdle,
        };
        var session = SessionOptions.AddTo(command);
        command.SetAction((parseResult, cancellationToken) => DownloadCommandRunner.RunAsync(parseResult, async (output, error) =>
        {
            var idle = parseResult.GetValue(untilIdle);
            var reporter = new RunReporter(output, DownloadRun.IsInteractive(output));
            await using var opened = session.Open(parseResult, error, options => options with { Events = reporter });
            var engine = opened.Downloads;
            if (engine.AllPaused)
            {
                error.WriteLine("note: every job is paused, so nothing will run.");
            }

            output.WriteLine(idle ? "working through everything due now…" : "working through everything due; Ctrl-C stops cleanly…");
            using var interrupt = new ConsoleInterrupt(cancellationToken, error);
            var summary = await DownloadRun.RunAsync(engine, reporter, idle, interrupt.Token);
            var status = engine.Status();
            var pending = status.Jobs.Sum(job => job.PendingFiles);
            var waiting = status.Jobs.Count(job => job.PendingFiles > 0);
            var worked = reporter.TallyOfJobs(_ => true);
            output.WriteLine($"{(interrupt.Stopped ? "stopped" : "idle")}: {summary.JobsStarted} job turn{(summary.JobsStarted == 1 ? "" : "s")}, {worked.Describe()}"
                + (summary.JobsFailed > 0 ? $"; {summary.JobsFailed} job{(summary.JobsFailed == 1 ? "" : "s")} stopped on an error" : ""));
            output.WriteLine(pending == 0
                ? "nothing is left pending."
                : $"left pending: {pending} file{(pending == 1 ? "" : "s")} in {waiting} job{(waiting == 1 ? "" : "s")}; the next `hydra run` resumes them.");
            return interrupt.Stopped ? ExitCodes.Interrupted : ExitCodes.Ok;
        }));
        return command;
    }
}
