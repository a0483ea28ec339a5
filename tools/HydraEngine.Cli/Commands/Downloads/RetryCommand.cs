using System.CommandLine;

namespace HydraEngine.Cli.Commands.Downloads;

/// <summary><c>hydra retry</c>: every file and gallery page that failed (after the network's own retries) goes back in its job's queue.</summary>
internal static class RetryCommand
{
    public static Command Create()
    {
        var command = new Command("retry", "Put every failed file and gallery page back in its job's queue; `hydra run` (or the next download) works them again.");
        var session = SessionOptions.AddTo(command);
        command.SetAction((parseResult, _) => DownloadCommandRunner.RunAsync(parseResult, async (output, error) =>
        {
            await using var opened = session.Open(parseResult, error);
            var files = opened.Downloads.RetryAllFailed();
            var pages = opened.Downloads.RetryFailedPages();
            output.WriteLine(files + pages == 0
                ? "nothing failed: no file or gallery page to retry"
                : $"queued again: {Plural(files, "failed file")} and {Plural(pages, "failed gallery page")}; `hydra run` works them");
            return 0;
        }));
        return command;
    }

    private static string Plural(int count, string what) => $"{count} {what}{(count == 1 ? "" : "s")}";
}
