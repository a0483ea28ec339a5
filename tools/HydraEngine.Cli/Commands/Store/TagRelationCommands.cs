using System.CommandLine;
using HydraEngine.Storage;

namespace HydraEngine.Cli.Commands.Store;

/// <summary><c>tags siblings [add|remove BAD GOOD]</c> and <c>tags parents [add|remove CHILD PARENT]</c>.</summary>
internal static class TagRelationCommands
{
    public static Command Siblings() => Build(
        "siblings",
        "List sibling pairs (BAD → GOOD, and the ideal the chain ends at); add or remove one.",
        ("bad", "good"),
        (store, a, b, service) => store.AddSibling(a, b, service),
        (store, a, b, service) => store.RemoveSibling(a, b, service),
        (store, service) => store.Siblings(service).Select(sibling =>
            sibling.GoodTag == sibling.IdealTag ? $"{sibling.BadTag} → {sibling.GoodTag}" : $"{sibling.BadTag} → {sibling.GoodTag} (ideal: {sibling.IdealTag})"));

    public static Command Parents() => Build(
        "parents",
        "List parent pairs (CHILD → PARENT: files with the child also show the parent); add or remove one.",
        ("child", "parent"),
        (store, a, b, service) => store.AddParent(a, b, service),
        (store, a, b, service) => store.RemoveParent(a, b, service),
        (store, service) => store.Parents(service).Select(parent => $"{parent.ChildTag} → {parent.ParentTag}"));

    private static Command Build(
        string name,
        string description,
        (string First, string Second) roles,
        Func<HydraStore, string, string, string, bool> add,
        Func<HydraStore, string, string, string, bool> remove,
        Func<HydraStore, string, IEnumerable<string>> list)
    {
        var service = TagsCommand.ServiceOption();
        var command = new Command(name, description) { service };
        var store = StoreCommandOptions.AddTo(command);
        command.SetAction(parseResult => StoreCommandRunner.Run(Console.Error, () =>
        {
            using var opened = store.Open(parseResult, Console.Error, StoreAccess.Reads);
            foreach (var line in list(opened, parseResult.GetValue(service)!))
            {
                Console.Out.WriteLine(line);
            }

            return 0;
        }));
        command.Subcommands.Add(Change("add", $"Add a {name[..^1]} pair.", roles, add, "added", "already there"));
        command.Subcommands.Add(Change("remove", $"Remove a {name[..^1]} pair.", roles, remove, "removed", "not found"));
        return command;
    }

    private static Command Change(
        string name,
        string description,
        (string First, string Second) roles,
        Func<HydraStore, string, string, string, bool> change,
        string done,
        string unchanged)
    {
        var first = new Argument<string>(roles.First) { Description = $"The {roles.First} tag." };
        var second = new Argument<string>(roles.Second) { Description = $"The {roles.Second} tag." };
        var service = TagsCommand.ServiceOption();
        var command = new Command(name, description) { first, second, service };
        var store = StoreCommandOptions.AddTo(command);
        command.SetAction(parseResult => StoreCommandRunner.Run(Console.Error, () =>
        {
            using var opened = store.Open(parseResult, Console.Error);
            var changed = change(opened, parseResult.GetValue(first)!, parseResult.GetValue(second)!, parseResult.GetValue(service)!);
            Console.Out.WriteLine(changed ? done : unchanged);
            return 0;
        }));
        return command;
    }
}
