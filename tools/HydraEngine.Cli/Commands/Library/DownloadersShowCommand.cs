using System.CommandLine;
using HydraEngine.Definitions;
using HydraEngine.Definitions.Native;
using HydraEngine.Library;

namespace HydraEngine.Cli.Commands.Library;

/// <summary><c>hydra downloaders show NAME [--kind K]</c>: the current version, its links, local edits set aside, its native JSON.</summary>
internal static class DownloadersShowCommand
{
    public static Command Create(Option<string?> database)
    {
        var name = new Argument<string>("name") { Description = "The object's name (a domain for domain metadata)." };
        var kind = LibraryOptions.Kind();
        var command = new Command("show", "Show an object's current version, links, local edits and native JSON.") { name, kind };
        command.SetAction(parseResult => LibraryCommandRunner.Run(parseResult, database, (library, output, _) =>
        {
            Print(library.Show(parseResult.GetValue(name)!, LibraryOptions.KindOf(parseResult, kind)), output);
            return 0;
        }, StoreAccess.Reads));
        return command;
    }

    private static void Print(LibraryObjectDetails details, TextWriter output)
    {
        var current = details.Current;
        output.WriteLine($"{LibraryKinds.Word(current.Kind)} '{current.Name}': {DefinitionDescriptions.HydrusNameOf(current.Definition)}");
        var edit = current.LocalEditBase is not { } upstream ? "" : current.Origin == VersionOrigin.LocalEdit ? $" on upstream v{upstream}" : $", a local edit on upstream v{upstream}";
        output.WriteLine($"current: v{current.Version} of {details.VersionCount} ({LibraryText.Origin(current.Origin)}{edit})");
        if (current.Key is { } key)
        {
            output.WriteLine($"key: {key}");
        }

        if (current.Kind == LibraryKind.UrlClass)
        {
            output.WriteLine($"parser: {details.LinkedParser ?? "none"}{(details.ManualLink ? " (manual link)" : "")}");
        }

        if (current.Kind == LibraryKind.Parser)
        {
            output.WriteLine($"parses: {(details.LinkedUrlClasses.Count == 0 ? "no URL class" : string.Join(", ", details.LinkedUrlClasses))}");
        }

        foreach (var aside in details.SetAside)
        {
            output.WriteLine($"local edit set aside ({LibraryText.Time(aside.CreatedAt)}): v{aside.EditVersion} conflicted with upstream v{aside.UpstreamVersion}; the upstream values were kept:");
            foreach (var conflict in aside.Conflicts)
            {
                output.WriteLine($"  {conflict.Path}: local edit {conflict.Ours ?? "(absent)"}, upstream {conflict.Theirs ?? "(absent)"}");
            }

            output.WriteLine("  the local edit as it was:");
            output.WriteLine(string.Join('\n', aside.NativeJson.Split('\n').Select(line => "    " + line)));
        }

        output.WriteLine(NativeDefinitionWriter.ToJson(current.Definition));
    }
}
