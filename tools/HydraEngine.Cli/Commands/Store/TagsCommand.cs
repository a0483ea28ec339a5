using System.CommandLine;
using HydraEngine.Storage.Services;

namespace HydraEngine.Cli.Commands.Store;

/// <summary>
/// <c>hydra tags add|remove HASH... --tag TAG...</c>, <c>hydra tags siblings|parents [add|remove A B]</c>,
/// <c>hydra tags services [add NAME]</c>; every one takes <c>--service NAME</c> where it applies.
/// </summary>
internal static class TagsCommand
{
    public static Command Create()
    {
        var command = new Command("tags", "Add and remove tags; manage siblings, parents and tag services.");
        command.Subcommands.Add(Mappings("add", "Add tags to files (cleaned as hydrus cleans tags).", add: true));
        command.Subcommands.Add(Mappings("remove", "Remove tags from files.", add: false));
        command.Subcommands.Add(TagRelationCommands.Siblings());
        command.Subcommands.Add(TagRelationCommands.Parents());
        command.Subcommands.Add(Services());
        return command;
    }

    internal static Option<string> ServiceOption() =>
        new("--service") { Description = "The tag service.", DefaultValueFactory = _ => ServiceCatalog.MyTags };

    private static Command Mappings(string name, string description, bool add)
    {
        var hashes = new Argument<string[]>("hashes") { Arity = ArgumentArity.OneOrMore, Description = "SHA-256 hashes of the files." };
        var tags = new Option<string[]>("--tag", "-t") { Description = "A tag (repeatable).", Required = true };
        var service = ServiceOption();
        var command = new Command(name, description) { hashes, tags, service };
        var store = StoreCommandOptions.AddTo(command);
        command.SetAction(parseResult => StoreCommandRunner.Run(Console.Error, () =>
        {
            var parsed = HashArguments.Parse(parseResult.GetValue(hashes)!);
            using var opened = store.Open(parseResult, Console.Error);
            var given = parseResult.GetValue(tags)!;
            var serviceName = parseResult.GetValue(service)!;
            var changed = add ? opened.AddTags(parsed, given, serviceName) : opened.RemoveTags(parsed, given, serviceName);
            var mappings = $"{changed} mapping{(changed == 1 ? "" : "s")}";
            var repository = opened.Services.Any(known => known.Type == ServiceType.TagRepository && string.Equals(known.Name, serviceName, StringComparison.OrdinalIgnoreCase));
            Console.Out.WriteLine(repository
                ? $"{mappings} {(add ? "pending upload to" : "petitioned for removal from")} the repository '{serviceName}'; `hydra repos commit \"{serviceName}\"` sends {(changed == 1 ? "it" : "them")}"
                : $"{mappings} {(add ? "added" : "removed")} in '{serviceName}'");
            return 0;
        }));
        return command;
    }

    private static Command Services()
    {
        var command = new Command("services", "List services; 'services add NAME' adds a tag service.");
        var store = StoreCommandOptions.AddTo(command);
        command.SetAction(parseResult => StoreCommandRunner.Run(Console.Error, () =>
        {
            using var opened = store.Open(parseResult, Console.Error, StoreAccess.Reads);
            foreach (var service in opened.Services)
            {
                Console.Out.WriteLine($"{service.Name,-20} {Describe(service.Type)}");
            }

            return 0;
        }));

        var name = new Argument<string>("name") { Description = "The new tag service's name." };
        var addCommand = new Command("add", "Add a tag service.") { name };
        var addStore = StoreCommandOptions.AddTo(addCommand);
        addCommand.SetAction(parseResult => StoreCommandRunner.Run(Console.Error, () =>
        {
            using var opened = addStore.Open(parseResult, Console.Error);
            var added = opened.AddTagService(parseResult.GetValue(name)!);
            Console.Out.WriteLine($"added tag service '{added.Name}'");
            return 0;
        }));
        command.Subcommands.Add(addCommand);
        return command;
    }

    private static string Describe(ServiceType type) => type switch
    {
        ServiceType.LocalTag => "tag service",
        ServiceType.TagRepository => "tag repository (hydra repos)",
        ServiceType.LocalUpdateDomain => "repository update files",
        ServiceType.LocalFileDomain => "local file domain",
        ServiceType.LocalFileTrashDomain => "trash",
        ServiceType.CombinedLocalFile => "all files with bytes on disk",
        ServiceType.LocalRatingNumerical => "numerical rating service (hydra ratings)",
        ServiceType.LocalRatingLike => "like/dislike rating service (hydra ratings)",
        ServiceType.LocalRatingIncDec => "inc/dec rating service (hydra ratings)",
        _ => "all local file domains",
    };
}
