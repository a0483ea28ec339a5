using System.CommandLine;
using HydraEngine.Library.Storage;

namespace HydraEngine.Cli.Commands.Library;

/// <summary>
/// <c>hydra downloaders check</c> lists stored definitions that no longer load (every other command skips them);
/// <c>hydra downloaders repair</c> rolls each back to its newest version that loads, or removes it when none does.
/// </summary>
internal static class DownloadersCheckCommand
{
    public static Command CreateCheck(Option<string?> database)
    {
        var command = new Command("check", "List stored definitions that no longer load (exit 1 when there are any).");
        command.SetAction(parseResult => LibraryCommandRunner.Run(parseResult, database, (library, output, _) =>
        {
            var unloadable = library.Check();
            foreach (var broken in unloadable)
            {
                output.WriteLine($"{broken.Kind} '{broken.Name}' v{broken.Version} does not load: {broken.Problem}; repair {Remedy(broken)}.");
            }

            output.WriteLine(unloadable.Count == 0 ? "every stored definition loads." : $"{unloadable.Count} stored definition(s) do not load; `hydra downloaders repair` fixes them.");
            return unloadable.Count == 0 ? 0 : LibraryCommandRunner.Failed;
        }, warnUnloadable: false));
        return command;
    }

    public static Command CreateRepair(Option<string?> database)
    {
        var command = new Command("repair", "Roll each stored definition that no longer loads back to its newest version that loads, or remove it when none does.");
        command.SetAction(parseResult => LibraryCommandRunner.Run(parseResult, database, (library, output, _) =>
        {
            var repaired = library.Repair();
            foreach (var fixedRow in repaired)
            {
                output.WriteLine(fixedRow.RolledBackTo is { } version
                    ? $"{fixedRow.Kind} '{fixedRow.Name}': v{fixedRow.BrokenVersion} did not load; rolled back to v{version}."
                    : $"{fixedRow.Kind} '{fixedRow.Name}': no version loads; removed.");
            }

            output.WriteLine(repaired.Count == 0 ? "nothing to repair: every stored definition loads." : $"repaired {repaired.Count} definition(s).");
            return 0;
        }, warnUnloadable: false));
        return command;
    }

    private static string Remedy(UnloadableDefinition broken) =>
        broken.LoadableVersion is { } version ? $"rolls it back to v{version}" : "removes it (no version of it loads)";
}
