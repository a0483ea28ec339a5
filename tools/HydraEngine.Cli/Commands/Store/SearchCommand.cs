using System.CommandLine;
using HydraEngine.Storage;
using HydraEngine.Storage.Search;
using HydraEngine.Storage.Services;

namespace HydraEngine.Cli.Commands.Store;

/// <summary><c>hydra search "QUERY" [--json] [--service NAME] [--domain NAME] [--limit N]</c>.</summary>
internal static class SearchCommand
{
    public static Command Create()
    {
        var query = new Argument<string>("query")
        {
            Description = "Terms separated by commas: tag, -tag, namespace:tag, namespace:*, *wild*card*, a OR b, system:inbox, system:filesize > 5MB, system:limit 10, system:sort size asc …",
        };
        var json = new Option<bool>("--json") { Description = "Print JSON Lines, one object per file (sha256, mime, size, tags, …)." };
        var service = new Option<string?>("--service") { Description = "Search one tag service (default: all)." };
        var domain = new Option<string>("--domain") { Description = "The file service searched (\"trash\" for the trash).", DefaultValueFactory = _ => ServiceCatalog.AllMyFiles };
        var limit = new Option<int?>("--limit") { Description = "At most this many files (overrides system:limit)." };
        var command = new Command("search", "Search the store.") { query, json, service, domain, limit };
        var store = StoreCommandOptions.AddTo(command);
        command.SetAction(parseResult =>
        {
            var text = parseResult.GetValue(query)!;
            return StoreCommandRunner.Run(
                Console.Error,
                () =>
                {
                    if (parseResult.GetValue(limit) is < 1 and var bad)
                    {
                        throw new StoreException($"--limit must be at least 1 (got {bad}); leave it out to see every file");
                    }

                    var parsed = QueryParser.Parse(text);
                    using var opened = store.Open(parseResult, Console.Error, StoreAccess.Reads);
                    using var urlClasses = new UrlClassLookup(opened.Location.DatabasePath);
                    var options = new SearchOptions(parseResult.GetValue(domain)!, parseResult.GetValue(service), null, parseResult.GetValue(limit), urlClasses.ClassOf);
                    return Run(opened, parsed, options, parseResult.GetValue(json), Console.Out);
                },
                text);
        });
        return command;
    }

    public static int Run(HydraStore store, SearchQuery query, SearchOptions options, bool asJson, TextWriter output)
    {
        var results = store.Search(query, options);
        foreach (var hash in results.Hashes)
        {
            var report = store.GetFile(hash)!;
            if (asJson)
            {
                output.WriteLine(FileJson.Line(report));
            }
            else
            {
                var tags = string.Join(", ", report.AllDisplayTags);
                output.WriteLine($"{hash.ToHex()}  {report.Metadata?.MimeString,-16} {FileText.Size(report.Metadata?.Size ?? 0),10}  {tags}");
            }
        }

        if (!asJson)
        {
            Console.Error.WriteLine($"{results.Count} file{(results.Count == 1 ? "" : "s")}");
        }

        return 0;
    }
}
