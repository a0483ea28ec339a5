using System.CommandLine;
using HydraEngine.Cli.Commands.Store;
using HydraEngine.Storage;
using HydraEngine.Storage.Duplicates;
using HydraEngine.Storage.Files;

namespace HydraEngine.Cli.Commands.Duplicates;

/// <summary><c>hydra duplicates set A B better|same|alternates|false-positive|potential</c>: records a decision with hydrus's effects.</summary>
internal static class DuplicatesSetCommand
{
    private static readonly Dictionary<string, DuplicateRelationship> Relationships = new(StringComparer.OrdinalIgnoreCase)
    {
        ["better"] = DuplicateRelationship.Better,
        ["same"] = DuplicateRelationship.SameQuality,
        ["alternates"] = DuplicateRelationship.Alternates,
        ["false-positive"] = DuplicateRelationship.FalsePositive,
        ["potential"] = DuplicateRelationship.Potential,
    };

    public static Command Create()
    {
        var a = new Argument<string>("a") { Description = "SHA-256 of file A (the better one for 'better')." };
        var b = new Argument<string>("b") { Description = "SHA-256 of file B." };
        var relationship = new Argument<string>("relationship") { Description = "better, same, alternates, false-positive or potential." };
        var noMerge = new Option<bool>("--no-merge") { Description = "Do not merge tags, URLs, notes and archive state (default: hydrus's merge options for the relationship)." };
        var keepWorse = new Option<bool>("--keep-worse") { Description = "For 'better': keep B instead of sending it to the trash (hydrus's 'this is better, but do not delete the other')." };
        var command = new Command("set", "Set the relationship between two files (A better than B, same quality, alternates, false positive). 'better' trashes B unless --keep-worse.") { a, b, relationship, noMerge, keepWorse };
        var store = StoreCommandOptions.AddTo(command);
        command.SetAction(parseResult =>
        {
            var (output, error) = (parseResult.InvocationConfiguration.Output, parseResult.InvocationConfiguration.Error);
            return StoreCommandRunner.Run(error, () =>
            {
                var name = parseResult.GetValue(relationship)!;
                if (!Relationships.TryGetValue(name, out var chosen))
                {
                    throw new StoreException($"unknown relationship '{name}': use one of {string.Join(", ", Relationships.Keys)}");
                }

                using var opened = store.Open(parseResult, error);
                var (hashA, hashB) = (FileHash.Parse(parseResult.GetValue(a)!), FileHash.Parse(parseResult.GetValue(b)!));
                var deleteWorse = chosen == DuplicateRelationship.Better && !parseResult.GetValue(keepWorse) && hashA != hashB;
                opened.SetDuplicateRelationship(hashA, hashB, chosen, parseResult.GetValue(noMerge) ? null : DuplicateMergeOptions.DefaultFor(chosen), deleteWorse ? DuplicateDeletes.WorseFile : null);
                output.WriteLine($"{name}: {hashA.ToHex()} {hashB.ToHex()}; king of A's group {opened.DuplicateInfo(hashA).King.ToHex()}" + (deleteWorse ? "; B sent to the trash" : ""));
                return 0;
            });
        });
        return command;
    }
}
