using System.CommandLine;
using System.Globalization;
using System.Text.Json.Nodes;
using HydraEngine.Cli.Commands.Downloads;
using HydraEngine.Cli.Commands.Store;
using HydraEngine.Repositories.Sync;

namespace HydraEngine.Cli.Commands.Repos;

/// <summary><c>hydra repos sync [NAME] [--no-process] [--budget SECONDS] [--json]</c>: metadata, update files, processing.</summary>
internal static class ReposSyncCommand
{
    public static Command Create()
    {
        var name = new Argument<string?>("name") { Description = "The repository (default: every repository that is not paused).", Arity = ArgumentArity.ZeroOrOne };
        var noProcess = new Option<bool>("--no-process") { Description = "Only download update files; process them later." };
        var budget = new Option<double?>("--budget") { Description = "Stop processing after this many seconds (the rest waits for the next sync)." };
        var json = new Option<bool>("--json") { Description = "One JSON line per repository: {\"repository\",\"paused\",\"updates_listed\",\"updates_downloaded\",\"units_processed\",\"units_left\",\"rows\",\"rows_per_second\"}." };
        var command = new Command("sync", "Synchronise: fetch new update files (checked by hash, kept in the store) and process them in hydrus's order; Ctrl-C stops cleanly and the next sync resumes.")
        {
            name, noProcess, budget, json,
        };
        var store = StoreCommandOptions.AddTo(command);
        command.SetAction((parseResult, cancellationToken) => ReposCommandRunner.RunAsync(parseResult, store, async opened =>
        {
            using var interrupt = new ConsoleInterrupt(cancellationToken, Console.Error);
            var names = parseResult.GetValue(name) is { } one ? [one] : opened.Repositories.All().Where(repository => !repository.Paused).Select(repository => repository.Name).ToList();
            var options = new SyncOptions
            {
                Process = !parseResult.GetValue(noProcess),
                ProcessingBudget = parseResult.GetValue(budget) is { } seconds ? TimeSpan.FromSeconds(seconds) : null,
            };
            foreach (var repository in names)
            {
                var report = await new RepositorySynchroniser(opened).SyncAsync(repository, options, interrupt.Token).ConfigureAwait(false);
                Console.Out.WriteLine(parseResult.GetValue(json) ? DownloadJson.Text(Json(report)) : Text(report));
            }

            return 0;
        }));
        return command;
    }

    private static JsonObject Json(SyncReport report) => new()
    {
        ["repository"] = report.Repository,
        ["paused"] = report.Paused,
        ["updates_listed"] = report.UpdatesListed,
        ["updates_downloaded"] = report.UpdatesDownloaded,
        ["units_processed"] = report.Processing?.UnitsDone ?? 0,
        ["units_left"] = report.Processing?.UnitsLeft,
        ["rows"] = report.Processing?.Rows ?? 0,
        ["rows_per_second"] = Math.Round(report.Processing?.RowsPerSecond ?? 0),
    };

    private static string Text(SyncReport report) => report.Paused
        ? $"{report.Repository}: paused (resume with 'hydra repos resume')"
        : $"{report.Repository}: {report.UpdatesListed} new update file(s) listed, {report.UpdatesDownloaded} downloaded"
          + (report.Processing is { } processing
              ? string.Create(CultureInfo.InvariantCulture, $"; processed {processing.UnitsDone} unit(s), {processing.Rows:N0} rows at {processing.RowsPerSecond:N0} rows/s; {processing.UnitsLeft} unit(s) left")
              : "; not processed (--no-process)");
}
