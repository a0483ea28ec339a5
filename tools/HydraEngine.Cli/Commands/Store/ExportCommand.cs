using System.CommandLine;
using HydraEngine.Host;
using HydraEngine.Storage.Search;

namespace HydraEngine.Cli.Commands.Store;

/// <summary><c>hydra export "QUERY" -o DIR [--pattern PATTERN] [--no-sidecars]</c>: files plus .txt and .json sidecars, each copy handed to the plugins' exporters.</summary>
internal static class ExportCommand
{
    public static Command Create()
    {
        var query = new Argument<string>("query") { Description = "A search (see hydra search --help)." };
        var output = new Option<string>("--output", "-o") { Description = "The folder to write to (created if needed).", Required = true };
        var pattern = new Option<string>("--pattern") { Description = "File names: {hash}, {n}, {tags}, [namespace] (e.g. \"[creator] - [title]\").", DefaultValueFactory = _ => ExportNaming.DefaultPattern };
        var noSidecars = new Option<bool>("--no-sidecars") { Description = "Do not write sidecars: NAME.EXT.txt (display tags, one per line) and NAME.EXT.json (tags per service, URLs, notes; `hydra import --sidecars` reads both)." };
        var command = new Command("export", "Copy the files a search finds into a folder, with tag sidecars.") { query, output, pattern, noSidecars };
        var store = StoreCommandOptions.AddTo(command);
        command.SetAction(parseResult =>
        {
            var text = parseResult.GetValue(query)!;
            return StoreCommandRunner.Run(
                Console.Error,
                () =>
                {
                    var parsed = QueryParser.Parse(text);
                    var naming = new ExportNaming(parseResult.GetValue(pattern)!);
                    using var engine = store.OpenEngine(parseResult, Console.Error, access: StoreAccess.Reads);
                    return Run(engine, parsed, parseResult.GetValue(output)!, naming, !parseResult.GetValue(noSidecars), Console.Out);
                },
                text);
        });
        return command;
    }

    public static int Run(HydraEngineInstance engine, SearchQuery query, string folder, ExportNaming naming, bool sidecars, TextWriter output)
    {
        var store = engine.Store;
        var hashes = store.Search(query).Hashes;
        Directory.CreateDirectory(folder);
        var written = StoreProgress.Run($"exporting {hashes.Count} files", progress =>
        {
            var count = 0;
            for (var index = 0; index < hashes.Count; index++)
            {
                var report = store.GetFile(hashes[index])!;
                var target = Path.Combine(folder, naming.NameFor(report, index + 1));
                if (sidecars)
                {
                    Sidecar.Write(target, report);
                }

                foreach (var warning in engine.ExportFile(report.Hash, target))
                {
                    Console.Error.WriteLine($"warning: {warning}");
                }

                count++;
                progress?.Report((index + 1, hashes.Count));
            }

            return count;
        });
        output.WriteLine($"{written} file{(written == 1 ? "" : "s")} exported to {Path.GetFullPath(folder)}");
        return 0;
    }
}
