using System.CommandLine;
using HydraEngine.Library;

namespace HydraEngine.Cli.Commands.Library;

/// <summary><c>hydra downloaders rollback NAME V</c>: makes version V current again, as a new version.</summary>
internal static class DownloadersRollbackCommand
{
    public static Command Create(Option<string?> database)
    {
        var name = new Argument<string>("name") { Description = "The object's name." };
        var version = new Argument<int>("version") { Description = "The version to make current again (see history)." };
        var kind = LibraryOptions.Kind();
        var command = new Command("rollback", "Make an earlier version current again (recorded as a new version).") { name, version, kind };
        command.SetAction(parseResult => LibraryCommandRunner.Run(parseResult, database, (library, output, _) =>
        {
            var objectName = parseResult.GetValue(name)!;
            var made = library.Rollback(objectName, parseResult.GetValue(version), LibraryOptions.KindOf(parseResult, kind));
            output.WriteLine($"rolled back '{objectName}' to v{parseResult.GetValue(version)}: it is now v{made.Version} ({LibraryText.Origin(made.Origin)}{(made.LocalEditBase is { } upstream ? $", a local edit on upstream v{upstream}" : "")}).");
            return 0;
        }));
        return command;
    }
}
