using System.CommandLine;

namespace HydraEngine.Cli.Commands.Repos;

/// <summary>
/// <c>hydra repos add|list|sync|status|commit|reset|pause|resume|content</c>: hydrus tag repositories synchronised
/// into the store. Tags added or removed with <c>hydra tags … --service REPOSITORY</c> wait for <c>repos commit</c>.
/// </summary>
public static class ReposCommands
{
    public static Command Create()
    {
        var command = new Command("repos", "Tag repositories on hydrus servers (such as the Public Tag Repository): add, synchronise, upload.");
        foreach (var subcommand in new[]
                 {
                     ReposAddCommand.Create(), ReposListCommand.Create(), ReposSyncCommand.Create(), ReposStatusCommand.Create(),
                     ReposCommitCommand.Create(),
                 }.Concat(ReposSettingsCommands.Create()))
        {
            command.Subcommands.Add(subcommand);
        }

        return command;
    }
}
