using System.CommandLine;

namespace HydraEngine.Cli.Commands.Downloads;

/// <summary><c>hydra retry</c>: every file that failed (after the network's own retries) goes back in its job's queue.</summary>
internal static class RetryCommand
{
    public static Command Create()
    {
        var command = new Command("retry", "Put every failed file back in its job's queue; `hydra run` (or the next download) works them again.");
        var session = SessionOptions.AddTo(command);
        command.SetAction((parseResult, _) => DownloadCommandRunner.RunAsync(parseResult, async (output, error) =>
        {
            await using var opened = session.Open(parseResult, error);
            var count = opened.Downloads.RetryAllFailed();
            output.WriteLine(count == 0 ? "no failed files" : $"{count} failed file{(count == 1 ? "" : "s")} queued again; `hydra run` works them");
            return 0;
        }));
        return command;
    }
}
