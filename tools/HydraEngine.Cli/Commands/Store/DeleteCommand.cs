using System.CommandLine;
using HydraEngine.Storage.Deletion;

namespace HydraEngine.Cli.Commands.Store;

/// <summary><c>hydra delete HASH... [--domain NAME] [--permanent] [--reason TEXT]</c>: to the trash, or out of it.</summary>
internal static class DeleteCommand
{
    public static Command Create()
    {
        var hashes = new Argument<string[]>("hashes") { Arity = ArgumentArity.OneOrMore, Description = "SHA-256 hashes of the files." };
        var domain = new Option<string?>("--domain") { Description = "Delete from this local file domain only (default: all of them)." };
        var permanent = new Option<bool>("--permanent") { Description = "Also remove from the trash: the bytes are deleted, a deletion record stays." };
        var reason = new Option<string?>("--reason") { Description = "Kept with the deletion record." };
        var command = new Command("delete", "Delete files: a domain → trash → out (deleting a trashed file removes it for good).") { hashes, domain, permanent, reason };
        var store = StoreCommandOptions.AddTo(command);
        command.SetAction(parseResult => StoreCommandRunner.Run(Console.Error, () =>
        {
            var parsed = HashArguments.Parse(parseResult.GetValue(hashes)!);
            using var opened = store.Open(parseResult, Console.Error);
            var results = opened.Delete(parsed, new DeleteOptions(parseResult.GetValue(domain), parseResult.GetValue(permanent), parseResult.GetValue(reason)));
            foreach (var (hash, outcome) in results)
            {
                Console.Out.WriteLine($"{Describe(outcome),-24} {hash.ToHex()}");
            }

            return results.Any(result => result.Outcome == DeletionOutcome.NotPresent) ? StoreCommandRunner.Failed : 0;
        }));
        return command;
    }

    private static string Describe(DeletionOutcome outcome) => outcome switch
    {
        DeletionOutcome.RemovedFromDomain => "removed from domain",
        DeletionOutcome.MovedToTrash => "moved to trash",
        DeletionOutcome.Purged => "deleted permanently",
        _ => "not in store",
    };
}
