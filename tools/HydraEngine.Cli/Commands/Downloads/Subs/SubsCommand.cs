using System.CommandLine;

namespace HydraEngine.Cli.Commands.Downloads.Subs;

/// <summary><c>hydra subs add|list|show|pause|resume|merge|separate|remove|label|check-now</c>: subscriptions, kept in the database and synced by <c>hydra run</c>.</summary>
internal static class SubsCommand
{
    public static Command Create() => new("subs", "Subscriptions: a GUG and many queries, each synced when its checker says, new files downloaded (`hydra run` does the work).")
    {
        SubsAddCommand.Create(),
        SubsListCommand.Create(),
        SubsShowCommand.Create(),
        SubsPauseCommand.Create(paused: true),
        SubsPauseCommand.Create(paused: false),
        SubsMergeCommand.Create(),
        SubsSeparateCommand.Create(),
        SubsRemoveCommand.Create(),
        SubsLabelCommand.Create(),
        SubsCheckNowCommand.Create(),
    };

    /// <summary>A subcommand whose whole work is one change to the engine's state, reported in one line.</summary>
    public static Command Simple(Command command, Func<ParseResult, Downloading.DownloadEngine, string> change, StoreAccess access = StoreAccess.Writes)
    {
        var session = SessionOptions.AddTo(command);
        command.SetAction((parseResult, _) => DownloadCommandRunner.RunAsync(parseResult, async (output, error) =>
        {
            await using var opened = session.Open(parseResult, error, access: access);
            var text = change(parseResult, opened.Downloads);
            if (text.Length > 0)
            {
                output.WriteLine(text);
            }

            return 0;
        }));
        return command;
    }

    public static Argument<string> Name(string description = "The subscription's name.") => new("name") { Description = description };
}
