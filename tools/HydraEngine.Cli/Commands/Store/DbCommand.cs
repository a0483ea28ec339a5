using System.CommandLine;
using HydraEngine.Storage.Maintenance;

namespace HydraEngine.Cli.Commands.Store;

/// <summary><c>hydra db backup DIR</c> and <c>hydra db check [--verify-hashes] [--remove-orphans]</c>.</summary>
internal static class DbCommand
{
    public static Command Create()
    {
        var command = new Command("db", "Database maintenance: online backup and integrity check.");
        command.Subcommands.Add(Backup());
        command.Subcommands.Add(Check());
        return command;
    }

    private static Command Backup()
    {
        var folder = new Argument<string>("folder") { Description = "Where the copy goes (database plus files/); an earlier backup there is updated incrementally." };
        var command = new Command("backup", "Copy the store while it stays usable (SQLite online backup, then the files).") { folder };
        var store = StoreCommandOptions.AddTo(command);
        command.SetAction(parseResult => StoreCommandRunner.Run(Console.Error, () =>
        {
            using var opened = store.Open(parseResult, Console.Error, StoreAccess.Reads);
            var report = StoreProgress.Run("backing up files", progress => opened.Backup(parseResult.GetValue(folder)!, progress));
            Console.Out.WriteLine($"database  {report.DatabasePath}");
            Console.Out.WriteLine($"files     {report.FilesCopied} copied, {report.FilesAlreadyPresent} already there, {report.StaleFilesRemoved} stale removed");
            foreach (var hash in report.Missing)
            {
                Console.Error.WriteLine($"warning: {hash.ToHex()} was deleted from the store during the backup; the copy lacks it");
            }

            return 0;
        }));
        return command;
    }

    private static Command Check()
    {
        var verify = new Option<bool>("--verify-hashes") { Description = "Re-hash every file's bytes (reads everything)." };
        var removeOrphans = new Option<bool>("--remove-orphans") { Description = "Delete files no row refers to (older than an hour; left by interrupted imports)." };
        var command = new Command("check", "SQLite integrity check, and every stored row has its file.") { verify, removeOrphans };
        var store = StoreCommandOptions.AddTo(command);
        command.SetAction(parseResult => StoreCommandRunner.Run(Console.Error, () =>
        {
            using var opened = store.Open(parseResult, Console.Error, StoreAccess.Reads);
            var options = new IntegrityCheckOptions(parseResult.GetValue(verify), parseResult.GetValue(removeOrphans));
            var report = StoreProgress.Run("checking files", progress => opened.CheckIntegrity(options, progress));
            Write(report, Console.Out);
            return report.IsHealthy ? 0 : StoreCommandRunner.Failed;
        }));
        return command;
    }

    private static void Write(IntegrityReport report, TextWriter output)
    {
        output.WriteLine(report.DatabaseProblems.Count == 0 ? "database  ok" : $"database  {report.DatabaseProblems.Count} problems");
        foreach (var problem in report.DatabaseProblems)
        {
            output.WriteLine($"  {problem}");
        }

        output.WriteLine($"files     {report.FilesChecked} checked, {report.MissingFiles.Count} missing or wrong size, {report.CorruptFiles.Count} corrupt");
        foreach (var problem in report.MissingFiles.Concat(report.CorruptFiles))
        {
            output.WriteLine($"  {problem.Hash.ToHex()}: {problem.Problem} ({problem.Path})");
        }

        output.WriteLine($"orphans   {report.OrphanFiles.Count} files without a row ({report.OrphansRemoved} removed), {report.TempFiles} temporary files");
        output.WriteLine(report.IsHealthy ? "healthy" : "NOT healthy");
    }
}
