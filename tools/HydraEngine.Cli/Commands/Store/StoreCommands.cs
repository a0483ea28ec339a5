using System.CommandLine;

namespace HydraEngine.Cli.Commands.Store;

/// <summary>
/// The store commands: <c>import</c>, <c>search</c>, <c>tags</c>, <c>file</c>, <c>delete</c>, <c>undelete</c>,
/// <c>archive</c>, <c>export</c> and <c>db</c>. Each takes <c>--db PATH</c> (default: the embedded store under
/// <c>$XDG_DATA_HOME/hydra</c> or <c>~/.local/share/hydra</c>).
/// </summary>
public static class StoreCommands
{
    public static IEnumerable<Command> Create() =>
    [
        ImportCommand.Create(),
        SearchCommand.Create(),
        TagsCommand.Create(),
        RatingsCommand.Create(),
        FileCommand.Create(),
        DeleteCommand.Create(),
        UndeleteCommand.Create(),
        ArchiveCommand.Create(),
        ExportCommand.Create(),
        DbCommand.Create(),
    ];
}
