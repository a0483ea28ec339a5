using System.CommandLine;
using HydraEngine.Host;
using HydraEngine.Storage.Files;
using HydraEngine.Storage.Services;

namespace HydraEngine.Cli.Commands.Store;

/// <summary><c>hydra import PATH... [--tag TAG]... [--service NAME] [--domain NAME] [--url URL]... [--allow-deleted]</c>.</summary>
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
        var command = new Command("import", "Import files into the store (crash-safe: each file is complete or absent).") { paths, tags, service, domain, urls, allowDeleted };
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
            using var engine = store.OpenEngine(parseResult, Console.Error);
            return Run(engine, parseResult.GetValue(paths)!, options, Console.Out, Console.Error);
        }));
        return command;
    }

    public static int Run(HydraEngineInstance engine, IEnumerable<string> paths, ImportOptions options, TextWriter output, TextWriter error)
    {
        var files = Expand(paths).ToList();
        var lines = new List<(bool IsError, string Text)>();
        var counts = new Dictionary<string, int>();
        void Emit(bool isError, string text)
        {
            if (StoreProgress.Interactive)
            {
                lines.Add((isError, text));
            }
            else
            {
                (isError ? error : output).WriteLine(text);
            }
        }

        StoreProgress.Run($"importing {files.Count} files", progress =>
        {
            var done = 0;
            foreach (var (attempt, hookWarnings) in engine.ImportFiles(files, options))
            {
                var status = attempt.Result?.StatusText ?? "failed";
                counts[status] = counts.GetValueOrDefault(status) + 1;
                Emit(attempt.Result is null, attempt.Result is { } result ? $"{status,-18} {result.Hash.ToHex()}  {attempt.SourcePath}" : $"error: {attempt.Error}");
                foreach (var warning in hookWarnings)
                {
                    Emit(true, $"warning: {warning}");
                }

                progress?.Report((++done, files.Count));
            }

            return 0;
        });

        foreach (var (isError, text) in lines)
        {
            (isError ? error : output).WriteLine(text);
        }

        output.WriteLine(string.Join(", ", new[] { "imported", "already in db", "previously deleted", "failed" }.Select(status => $"{counts.GetValueOrDefault(status)} {status}")));
        return counts.GetValueOrDefault("failed") == 0 ? 0 : StoreCommandRunner.Failed;
    }

    private static IEnumerable<string> Expand(IEnumerable<string> paths)
    {
        foreach (var path in paths)
        {
            if (Directory.Exists(path))
            {
                foreach (var file in Directory.EnumerateFiles(path, "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
                {
                    yield return file;
                }
            }
            else
            {
                yield return path;
            }
        }
    }
}
