using System.CommandLine;
using HydraEngine.Library;
using HydraEngine.Library.Versioning;

namespace HydraEngine.Cli.Commands.Library;

/// <summary>
/// <c>hydra downloaders edit NAME --set FIELD=VALUE... | --from FILE</c>: a local edit, kept as a layer that later
/// imports of the same object re-apply (conflicting fields keep the upstream value; the edit is set aside).
/// </summary>
internal static class DownloadersEditCommand
{
    public static Command Create(Option<string?> database)
    {
        var name = new Argument<string>("name") { Description = "The object's name." };
        var set = new Option<string[]>("--set")
        {
            Description = "FIELD=VALUE on the native JSON (dotted path or JSON Pointer); text fields take VALUE as is, others JSON. Repeatable.",
            AllowMultipleArgumentsPerToken = false,
        };
        var from = new Option<string?>("--from") { Description = "A PNG or JSON file holding the edited object (same kind and name)." };
        var kind = LibraryOptions.Kind();
        var command = new Command("edit", "Make a local edit that survives upstream updates.") { name, set, from, kind };
        command.SetAction(parseResult => LibraryCommandRunner.Run(parseResult, database, (library, output, error) =>
        {
            var objectName = parseResult.GetValue(name)!;
            var assignments = (parseResult.GetValue(set) ?? []).Select(FieldAssignment.Parse).ToList();
            var file = parseResult.GetValue(from);
            if ((file is null) == (assignments.Count == 0))
            {
                error.WriteLine("error: give either --set FIELD=VALUE (one or more) or --from FILE");
                return LibraryCommandRunner.Failed;
            }

            var objectKind = LibraryOptions.KindOf(parseResult, kind);
            var made = file is null ? library.Edit(objectName, assignments, objectKind) : library.EditFrom(objectName, file, objectKind);
            output.WriteLine($"stored a local edit of '{objectName}': v{made.Version}, on upstream v{made.LocalEditBase}. Later imports re-apply it.");
            return 0;
        }));
        return command;
    }
}
