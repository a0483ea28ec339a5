using System.CommandLine;
using HydraEngine.Cli.Commands.Store;
using HydraEngine.Storage;
using HydraEngine.Storage.Files;

namespace HydraEngine.Cli.Commands.Duplicates;

/// <summary>
/// <c>hydra duplicates remove HASH... --from duplicates|alternates|false-positives|false-positives-between|potentials</c>
/// and <c>hydra duplicates dissolve HASH... [--alternates]</c>: hydrus's ways to undo duplicate decisions.
/// </summary>
internal static class DuplicatesRemoveCommand
{
    private static readonly Dictionary<string, Func<HydraStore, IReadOnlyList<FileHash>, string>> Removals = new(StringComparer.OrdinalIgnoreCase)
    {
        ["duplicates"] = (store, hashes) => Done(() => store.RemoveFromDuplicateGroup(hashes), "taken out of their duplicate groups"),
        ["alternates"] = (store, hashes) => Done(() => store.RemoveFromAlternateGroup(hashes), "taken out of their alternate groups"),
        ["false-positives"] = (store, hashes) => $"{store.ClearFalsePositives(hashes)} false-positive relations cleared",
        ["false-positives-between"] = (store, hashes) => $"{store.ClearFalsePositives(hashes, onlyBetweenThem: true)} false-positive relations between them cleared",
        ["potentials"] = (store, hashes) => Done(() => store.RemovePotentials(hashes), "potential pairs forgotten"),
    };

    public static Command CreateRemove()
    {
        var hashes = new Argument<string[]>("hashes") { Description = "SHA-256 of the files.", Arity = ArgumentArity.OneOrMore };
        var from = new Option<string>("--from") { Description = $"What to take the files out of: {string.Join(", ", Removals.Keys)}.", Required = true };
        var command = new Command("remove", "Undo duplicate decisions for files: take them out of their duplicate or alternate group, clear false positives, forget potential pairs.") { hashes, from };
        var store = StoreCommandOptions.AddTo(command);
        command.SetAction(parseResult => Run(parseResult, store, hashes, (opened, files) =>
        {
            var name = parseResult.GetValue(from)!;
            return Removals.TryGetValue(name, out var removal)
                ? removal(opened, files)
                : throw new StoreException($"unknown --from '{name}': use one of {string.Join(", ", Removals.Keys)}");
        }));
        return command;
    }

    public static Command CreateDissolve()
    {
        var hashes = new Argument<string[]>("hashes") { Description = "SHA-256 of the files whose groups to dissolve.", Arity = ArgumentArity.OneOrMore };
        var alternates = new Option<bool>("--alternates") { Description = "Dissolve the alternate group (and every duplicate group in it) instead of the duplicate group." };
        var command = new Command("dissolve", "Dissolve the files' duplicate groups (or with --alternates their alternate groups): every member is on its own again and searched anew.") { hashes, alternates };
        var store = StoreCommandOptions.AddTo(command);
        command.SetAction(parseResult => Run(parseResult, store, hashes, (opened, files) => parseResult.GetValue(alternates)
            ? Done(() => opened.DissolveAlternateGroup(files), "alternate groups dissolved")
            : Done(() => opened.DissolveDuplicateGroup(files), "duplicate groups dissolved")));
        return command;
    }

    private static int Run(ParseResult parseResult, StoreCommandOptions store, Argument<string[]> hashes, Func<HydraStore, IReadOnlyList<FileHash>, string> action)
    {
        var (output, error) = (parseResult.InvocationConfiguration.Output, parseResult.InvocationConfiguration.Error);
        return StoreCommandRunner.Run(error, () =>
        {
            var files = parseResult.GetValue(hashes)!.Select(FileHash.Parse).ToList();
            using var opened = store.Open(parseResult, error);
            output.WriteLine($"{files.Count} files: {action(opened, files)}");
            return 0;
        });
    }

    private static string Done(Action action, string what)
    {
        action();
        return what;
    }
}
