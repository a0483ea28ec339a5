using System.CommandLine;

namespace HydraEngine.Cli.Commands.Library;

/// <summary><c>hydra downloaders history NAME [--kind K]</c>: every version, oldest first, the current one starred.</summary>
internal static class DownloadersHistoryCommand
{
    public static Command Create(Option<string?> database)
    {
        var name = new Argument<string>("name") { Description = "The object's name." };
        var kind = LibraryOptions.Kind();
        var command = new Command("history", "List every version of an object: when, from where, by import, local edit or rollback.") { name, kind };
        command.SetAction(parseResult => LibraryCommandRunner.Run(parseResult, database, (library, output, _) =>
        {
            foreach (var version in library.History(parseResult.GetValue(name)!, LibraryOptions.KindOf(parseResult, kind)))
            {
                var onBase = version.LocalEditBase is { } upstream ? $" on v{upstream}" : "";
                output.WriteLine($"{(version.IsCurrent ? "*" : " ")} v{version.Version,-4} {LibraryText.Time(version.CreatedAt)}  {LibraryText.Origin(version.Origin) + onBase,-18} sha256 {version.Sha256[..12]}  {version.Note}{(version.Source is { } source ? "  from " + source : "")}");
            }

            return 0;
        }, StoreAccess.Reads));
        return command;
    }
}
