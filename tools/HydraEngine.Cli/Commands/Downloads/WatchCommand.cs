using System.CommandLine;
using HydraEngine.Downloading.Checking;
using HydraEngine.Downloading.Watchers;

namespace HydraEngine.Cli.Commands.Downloads;

/// <summary><c>hydra watch URL [--checker NAME] [--no-run]</c>: adds a thread watcher and, unless told not to, checks it once and downloads its files.</summary>
internal static class WatchCommand
{
    public static Command Create()
    {
        var url = new Argument<string>("url") { Description = "The thread URL (its URL class must be a watchable one)." };
        var checker = CheckerOption.Create("thread");
        var noRun = new Option<bool>("--no-run") { Description = "Only add the watcher; `hydra run` checks it when due." };
        var command = new Command("watch", "Watch a thread: add a watcher (kept in the database), then check it once and download its files. Later checks happen in `hydra run`.")
        {
            url, checker, noRun,
        };
        var session = SessionOptions.AddTo(command);
        command.SetAction((parseResult, cancellationToken) => DownloadCommandRunner.RunAsync(parseResult, async (output, error) =>
        {
            var options = CheckerOption.Parse(parseResult.GetValue(checker)) ?? CheckerPresets.Thread;
            var reporter = new RunReporter(output, DownloadRun.IsInteractive(output));
            await using var opened = session.Open(parseResult, error, options => options with { Events = reporter });
            var engine = opened.Downloads;
            var watcher = engine.AddWatcher(parseResult.GetValue(url)!, options);
            output.WriteLine($"added {watcher.Label} ({CheckerOption.Describe(options)})");
            if (parseResult.GetValue(noRun))
            {
                return 0;
            }

            using var interrupt = new ConsoleInterrupt(cancellationToken, error);
            await DownloadRun.RunAsync(engine, reporter, stopWhenIdle: true, interrupt.Token);
            watcher = engine.Watcher(watcher.Id);
            var tally = FileTally.Of(engine.FileLog(watcher.FileLogId));
            var now = DateTimeOffset.UtcNow.ToUnixTimeSeconds();
            output.WriteLine($"{watcher.Label}: {tally.Describe()}; {State(watcher)}, next check {HumanTime.Until(watcher.Paused ? null : watcher.NextCheck, now)}");
            return JobOutcome.ExitCode(interrupt, tally, reporter.FailedPagesOf(watcher.Label), reporter.LastErrorOf(watcher.Label), error, JobOutcome.StatusOf(engine, watcher.Label));
        }));
        return command;
    }

    public static string State(Watcher watcher) => watcher.Status switch
    {
        CheckingStatus.Gone => "the thread is gone (404)",
        CheckingStatus.Dead => "the thread is dead",
        _ => watcher.Paused ? "paused" : "watching",
    };
}
