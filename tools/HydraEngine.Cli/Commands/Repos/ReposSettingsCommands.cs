using System.CommandLine;
using HydraEngine.Cli.Commands.Store;
using HydraEngine.Storage;
using HydraEngine.Storage.Repositories;

namespace HydraEngine.Cli.Commands.Repos;

/// <summary><c>hydra repos reset|pause|resume|content</c>: per-repository settings and reprocessing.</summary>
internal static class ReposSettingsCommands
{
    private static readonly Dictionary<string, RepositoryContentType> Types = new(StringComparer.OrdinalIgnoreCase)
    {
        ["mappings"] = RepositoryContentType.Mappings,
        ["siblings"] = RepositoryContentType.TagSiblings,
        ["parents"] = RepositoryContentType.TagParents,
    };

    public static IEnumerable<Command> Create()
    {
        yield return Simple("pause", "Pause a repository: sync and processing leave it alone.", (store, repository) =>
        {
            store.Repositories.SetPaused(repository, true);
            return $"paused '{repository.Name}'.";
        });
        yield return Simple("resume", "Resume a paused repository.", (store, repository) =>
        {
            store.Repositories.SetPaused(repository, false);
            return $"resumed '{repository.Name}'.";
        });
        yield return WithTypes("content", "Choose the content types processed (mappings, siblings, parents); definitions are always processed.", required: true, (store, repository, types) =>
        {
            store.Repositories.SetContentTypes(repository, types!);
            return $"'{repository.Name}' processes {string.Join(", ", types!.Select(ReposStatusCommand.Describe))}; run 'hydra repos reset' with --content to reprocess newly chosen types from the kept update files.";
        });
        yield return WithTypes("reset", "Clear what was processed (all of it, or the --content types) and process it again from the kept update files at the next sync.", required: false, (store, repository, types) =>
        {
            store.Repositories.Reprocess(repository, types);
            return types is null
                ? $"'{repository.Name}' reset: its tags, siblings, parents and id maps are cleared; the next sync reprocesses every update file."
                : $"'{repository.Name}': {string.Join(", ", types.Select(ReposStatusCommand.Describe))} cleared; the next sync reprocesses them.";
        });
    }

    private static Command Simple(string verb, string description, Func<HydraStore, RepositoryService, string> action)
    {
        var name = ReposCommandRunner.NameArgument();
        var command = new Command(verb, description) { name };
        var store = StoreCommandOptions.AddTo(command);
        command.SetAction((parseResult, _) => ReposCommandRunner.RunAsync(parseResult, store, opened =>
        {
            Console.Out.WriteLine(action(opened, opened.Repositories.Get(parseResult.GetValue(name)!)));
            return Task.FromResult(0);
        }));
        return command;
    }

    private static Command WithTypes(string verb, string description, bool required, Func<HydraStore, RepositoryService, IReadOnlyCollection<RepositoryContentType>?, string> action)
    {
        var name = ReposCommandRunner.NameArgument();
        var content = new Option<string?>("--content") { Description = "Comma-separated: mappings, siblings, parents.", Required = required };
        var command = new Command(verb, description) { name, content };
        var store = StoreCommandOptions.AddTo(command);
        command.SetAction((parseResult, _) => ReposCommandRunner.RunAsync(parseResult, store, opened =>
        {
            var types = parseResult.GetValue(content) is { } text ? Parse(text) : null;
            Console.Out.WriteLine(action(opened, opened.Repositories.Get(parseResult.GetValue(name)!), types));
            return Task.FromResult(0);
        }));
        return command;
    }

    private static List<RepositoryContentType> Parse(string text) =>
        text.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)
            .Select(part => Types.TryGetValue(part, out var type) ? type : throw new StoreException($"--content: '{part}' is not one of mappings, siblings, parents"))
            .Distinct()
            .ToList();
}
