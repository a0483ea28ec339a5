using System.CommandLine;

namespace HydraEngine.Cli.Commands.Library;

/// <summary><c>hydra downloaders diff NAME [V1 [V2]]</c>: a unified diff of two versions' native JSON (default: previous vs current).</summary>
internal static class DownloadersDiffCommand
{
    public static Command Create(Option<string?> database)
    {
        var name = new Argument<string>("name") { Description = "The object's name." };
        var versions = new Argument<int[]>("versions") { Arity = new ArgumentArity(0, 2), Description = "V1 and V2 (default: the previous and the current version; V1 alone: V1 against the current one)." };
        var kind = LibraryOptions.Kind();
        var command = new Command("diff", "Show what changed between two versions of an object.") { name, versions, kind };
        command.SetAction(parseResult => LibraryCommandRunner.Run(parseResult, database, (library, output, _) =>
        {
            var given = parseResult.GetValue(versions) ?? [];
            var diff = library.Diff(parseResult.GetValue(name)!, given.Length > 0 ? given[0] : null, given.Length > 1 ? given[1] : null, LibraryOptions.KindOf(parseResult, kind));
            output.WriteLine($"--- {diff.Name} {LibraryText.Describe(diff.From)}");
            output.WriteLine($"+++ {diff.Name} {LibraryText.Describe(diff.To)}");
            if (diff.Changes.Count == 0)
            {
                output.WriteLine("no differences");
                return 0;
            }

            foreach (var line in diff.Lines)
            {
                output.WriteLine(line);
            }

            output.WriteLine($"{diff.Changes.Count} field(s) changed: {string.Join(", ", diff.Changes.Select(change => change.Path.TrimStart('/')))}");
            return 0;
        }, StoreAccess.Reads));
        return command;
    }
}
