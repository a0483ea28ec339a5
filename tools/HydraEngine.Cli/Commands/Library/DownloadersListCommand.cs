using System.CommandLine;
using System.Text.Json;
using HydraEngine.Library;

namespace HydraEngine.Cli.Commands.Library;

/// <summary><c>hydra downloaders list [--kind K] [--json]</c>.</summary>
internal static class DownloadersListCommand
{
    public static Command Create(Option<string?> database)
    {
        var kind = LibraryOptions.Kind();
        var json = LibraryOptions.Json("Print a JSON list of {kind, name, type, version, versions, origin, local_edit}.");
        var command = new Command("list", "List the library's current objects.") { kind, json };
        command.SetAction(parseResult => LibraryCommandRunner.Run(parseResult, database, (library, output, _) =>
        {
            var objects = library.List(LibraryOptions.KindOf(parseResult, kind));
            if (parseResult.GetValue(json))
            {
                output.WriteLine(JsonSerializer.Serialize(objects.Select(item => new Dictionary<string, object>
                {
                    ["kind"] = LibraryKinds.Word(item.Kind),
                    ["name"] = item.Name,
                    ["type"] = item.TypeName,
                    ["version"] = item.CurrentVersion,
                    ["versions"] = item.VersionCount,
                    ["origin"] = LibraryText.Origin(item.Origin),
                    ["local_edit"] = item.HasLocalEdit,
                })));
                return 0;
            }

            foreach (var item in objects)
            {
                var edit = item.HasLocalEdit ? ", local edit" : "";
                output.WriteLine($"{LibraryKinds.Word(item.Kind),-15} {item.Name}  ({item.TypeName}, v{item.CurrentVersion} of {item.VersionCount}, {LibraryText.Origin(item.Origin)}{edit})");
            }

            output.WriteLine($"{objects.Count} object(s)");
            return 0;
        }, StoreAccess.Reads));
        return command;
    }
}
