using System.CommandLine;
using HydraEngine.Library;

namespace HydraEngine.Cli.Commands.Library;

/// <summary>The options the library commands share.</summary>
internal static class LibraryOptions
{
    public static Option<string?> Database(bool recursive = false) => new("--db")
    {
        Description = "The database file (default: $XDG_DATA_HOME/hydra/hydra.db, else ~/.local/share/hydra/hydra.db).",
        Recursive = recursive,
    };

    public static Option<string?> Kind()
    {
        var option = new Option<string?>("--kind") { Description = "Which kind of object, when a name is used by several: " + string.Join(", ", Words) + "." };
        option.AcceptOnlyFromAmong(Words);
        return option;
    }

    public static Option<bool> Json(string description) => new("--json") { Description = description };

    public static LibraryKind? KindOf(ParseResult parseResult, Option<string?> option) => LibraryKinds.Parse(parseResult.GetValue(option));

    private static string[] Words => LibraryKinds.All.Select(LibraryKinds.Word).ToArray();
}
