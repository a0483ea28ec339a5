using System.CommandLine;
using HydraEngine.Host;
using HydraEngine.Storage;
using HydraEngine.Storage.Files;
using HydraEngine.Storage.Services;

namespace HydraEngine.Cli.Commands.Store;

/// <summary><c>hydra import PATH... [--tag TAG]... [--service NAME] [--domain NAME] [--url URL]... [--allow-deleted] [--sidecars] [--verbose]</c>.</summary>
internal static class ImportCommand
{
    public static Command Create()
    {
        var paths = new Argument<string[]>("paths") { Arity = ArgumentArity.OneOrMore, Description = "Files, or folders (imported recursively)." };
        var tags = new Option<string[]>("--tag", "-t") { Description = "A tag for every imported file (repeatable).", AllowMultipleArgumentsPerToken = false };
        var service = new Option<string>("--service") { Description = "The tag service the tags go to.", DefaultValueFactory = _ => ServiceCatalog.MyTags };
        var domain = new Option<string>("--domain") { Description = "The local file domain the files go to.", DefaultValueFactory = _ => ServiceCatalog.MyFiles };
        var urls = new Option<string[]>("--url") { Description = "A known URL for every imported file (repeatable)." };
        var allowDeleted = new Option<bool>("--allow-deleted") { Description = "Import files that were deleted before instead of skipping them as \"previously deleted\"." };
        var sidecars = new Option<bool>("--sidecars") { Description = "Read NAME.EXT.txt (tags, one per line) and NAME.EXT.json (tags per service, urls, notes, as `hydra export` writes them) beside each file." };
        var verbose = new Option<bool>("--verbose", "-v") { Description = "A line per file (errors are always shown)." };
        var command = new Command("import", "Import files into the store (crash-safe: each file is complete or absent; Ctrl-C stops after the current few files).")
        {
            paths, tags, service, domain, urls, allowDeleted, sidecars, verbose,
        };
        var store = StoreCommandOptions.AddTo(command);
        command.SetAction(parseResult => StoreCommandRunner.Run(Console.Error, () =>
        {
            var options = new ImportOptions
            {
                Tags = parseResult.GetValue(tags) ?? [],
                TagService = parseResult.GetValue(service)!,
                FileDomain = parseResult.GetValue(domain)!,
                Urls = parseResult.GetValue(urls) ?? [],
                AllowPreviouslyDeleted = parseResult.GetValue(allowDeleted),
            };
            var files = ImportFileList.Of(parseResult.GetValue(paths)!);
            using var engine = store.OpenEngine(parseResult, Console.Error);
            using var interrupt = new ConsoleInterrupt(CancellationToken.None, Console.Error);
            var settings = new ImportSettings(options, parseResult.GetValue(sidecars), parseResult.GetValue(verbose));
            return Run(engine, files, settings, Console.Out, Console.Error, interrupt);
        }));
        return command;
    }

    public static int Run(HydraEngineInstance engine, ImportFileList files, ImportSettings settings, TextWriter output, TextWriter error, ConsoleInterrupt interrupt)
    {
        var log = new ImportLog(output, error, settings.Verbose);
        var sidecars = settings.Sidecars ? new SidecarImport(engine.Store, settings.Options.TagService) : null;
        var done = 0;
        StoreProgress.Run($"importing {files.Media.Count} files", progress =>
        {
            foreach (var batch in ImportBatches.Of(files.Media))
            {
                if (interrupt.Stopped)
                {
                    break;
                }

                foreach (var (attempt, hookWarnings) in engine.ImportFiles(batch, settings.Options))
                {
                    log.Add(attempt);
                    if (attempt.Result is { } result && result.Status != ImportStatus.PreviouslyDeleted)
                    {
                        ApplySidecars(sidecars, result, log);
                    }

                    foreach (var warning in hookWarnings)
                    {
                        log.Problem($"warning: {warning}");
                    }

                    progress?.Report((++done, files.Media.Count));
                }
            }

            return 0;
        });

        log.Flush();
        output.WriteLine(log.Summary());
        if (files.Sidecars.Count > 0)
        {
            output.WriteLine(settings.Sidecars
                ? $"{log.SidecarsRead} file{(log.SidecarsRead == 1 ? "" : "s")} took tags, URLs or notes from {files.Sidecars.Count} sidecar{(files.Sidecars.Count == 1 ? "" : "s")}"
                : $"{files.Sidecars.Count} sidecar file{(files.Sidecars.Count == 1 ? "" : "s")} (.txt/.json beside a file) not imported as media; --sidecars reads their tags, URLs and notes");
        }

        if (interrupt.Stopped)
        {
            var left = files.Media.Count - done;
            error.WriteLine($"stopped: {done} of {files.Media.Count} files done, {left} left; run the same import again to finish (files already in the store are recognised).");
            return ExitCodes.Interrupted;
        }

        return log.Failed == 0 ? 0 : StoreCommandRunner.Failed;
    }

    private static void ApplySidecars(SidecarImport? sidecars, ImportResult result, ImportLog log)
    {
        if (sidecars is null)
        {
            return;
        }

        try
        {
            if (sidecars.Apply(result.Hash, result.SourcePath))
            {
                log.SidecarsRead++;
            }
        }
        catch (Exception exception) when (exception is FormatException or IOException or StoreException)
        {
            log.Problem($"error: {exception.Message}");
        }
    }
}

/// <summary>How an import runs: the store's import options, whether sidecars are read, whether every file gets a line.</summary>
internal sealed record ImportSettings(ImportOptions Options, bool Sidecars = false, bool Verbose = false);
