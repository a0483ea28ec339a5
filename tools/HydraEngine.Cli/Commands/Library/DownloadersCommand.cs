using System.CommandLine;

namespace HydraEngine.Cli.Commands.Library;

/// <summary><c>hydra downloaders …</c>: the downloader library and its versions.</summary>
internal static class DownloadersCommand
{
    public static Command Create(LibraryTerminal terminal)
    {
        var database = LibraryOptions.Database(recursive: true);
        var command = new Command("downloaders", "The downloader library: import, list, show, history, diff, rollback, edit, export, link, test, check, repair.") { database };
        command.Subcommands.Add(DownloadersImportCommand.Create(database, terminal));
        command.Subcommands.Add(DownloadersListCommand.Create(database));
        command.Subcommands.Add(DownloadersShowCommand.Create(database));
        command.Subcommands.Add(DownloadersHistoryCommand.Create(database));
        command.Subcommands.Add(DownloadersDiffCommand.Create(database));
        command.Subcommands.Add(DownloadersRollbackCommand.Create(database));
        command.Subcommands.Add(DownloadersEditCommand.Create(database));
        command.Subcommands.Add(DownloadersExportCommand.Create(database));
        command.Subcommands.Add(DownloadersLinkCommand.Create(database));
        command.Subcommands.Add(DownloadersTestCommand.Create(database));
        command.Subcommands.Add(DownloadersCheckCommand.CreateCheck(database));
        command.Subcommands.Add(DownloadersCheckCommand.CreateRepair(database));
        return command;
    }
}
