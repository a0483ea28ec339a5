using System.CommandLine;
using HydraEngine.Cli.Commands.Store;
using HydraEngine.Repositories.Sync;

namespace HydraEngine.Cli.Commands.Repos;

/// <summary><c>hydra repos commit NAME</c>: sends pending tags, petitions, siblings and parents (<c>POST /update</c>).</summary>
internal static class ReposCommitCommand
{
    public static Command Create()
    {
        var name = ReposCommandRunner.NameArgument();
        var command = new Command("commit", "Upload what is pending for a repository (tags added or removed with 'hydra tags … --service REPOSITORY', siblings, parents).") { name };
        var store = StoreCommandOptions.AddTo(command);
        command.SetAction((parseResult, cancellationToken) => ReposCommandRunner.RunAsync(parseResult, store, async opened =>
        {
            var sent = await new RepositoryUploader(opened).CommitAsync(parseResult.GetValue(name)!, cancellationToken).ConfigureAwait(false);
            Console.Out.WriteLine(sent == 0
                ? "nothing pending."
                : $"committed {sent} change(s); they show in the repository's next update (and so in this store after the sync that follows it).");
            return 0;
        }));
        return command;
    }
}
