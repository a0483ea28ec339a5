using System.CommandLine;

namespace HydraEngine.Cli.Commands.Library;

/// <summary>
/// The downloader library commands: <c>downloaders</c> (import, list, show, history, diff, rollback, edit, export,
/// link), <c>url</c> and <c>gug</c>. Each takes <c>--db PATH</c> after the command name (default: the embedded store
/// <c>$XDG_DATA_HOME/hydra/hydra.db</c>, else <c>~/.local/share/hydra/hydra.db</c>). Exit codes: 0 done, 1 error
/// (the library is unchanged), 3 an import that was not applied because nobody said yes.
/// </summary>
public static class LibraryCommands
{
    public static IEnumerable<Command> Create() => Create(LibraryTerminal.System);

    /// <summary>The commands, asking import questions on <paramref name="terminal"/>.</summary>
    public static IEnumerable<Command> Create(LibraryTerminal terminal) =>
    [
        DownloadersCommand.Create(terminal),
        UrlCommand.Create(),
        GugCommand.Create(),
    ];
}

/// <summary>Where an import asks "does this look correct?"; with no interactive terminal the answer is no.</summary>
public sealed record LibraryTerminal(TextReader Input, bool IsInteractive)
{
    public static LibraryTerminal System => new(Console.In, !Console.IsInputRedirected);
}
