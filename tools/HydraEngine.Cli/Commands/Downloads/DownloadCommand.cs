using System.CommandLine;
using System.Text.Json.Nodes;
using HydraEngine.Downloading;
using HydraEngine.Downloading.Seeds;

namespace HydraEngine.Cli.Commands.Downloads;

/// <summary><c>hydra download GUG "search" [--limit N] [--json]</c>: a gallery download, worked until it is done.</summary>
internal static class DownloadCommand
{
    public static Command Create()
    {
        var gug = new Argument<string>("gug") { Description = "The GUG or nested GUG to search with (`hydra downloaders list --kind gug` lists them)." };
        var query = new Argument<string>("query") { Description = "The search text, as typed into hydrus (e.g. \"blue_eyes smile\")." };
        var limit = new Option<int?>("--limit") { Description = "Collect at most this many file URLs (default 2000, hydrus's gallery file limit)." };
        var json = SessionOptions.Json("Print one JSON object at the end: {\"gug\",\"query\",\"files_new\",\"files_already_in_db\",\"files_previously_deleted\",\"files_failed\",\"pages\",\"pages_failed\"}; progress goes to stderr.");
        var command = new Command("download", "Download what a gallery search finds: queue the search, then work until it (and anything else due) is done. Ctrl-C stops cleanly; `hydra run` resumes.")
        {
            gug, query, limit, json,
        };
        var session = SessionOptions.AddTo(command);
        command.SetAction((parseResult, cancellationToken) => DownloadCommandRunner.RunAsync(parseResult, async (output, error) =>
        {
            var asJson = parseResult.GetValue(json);
            if (parseResult.GetValue(limit) is < 1)
            {
                throw new DownloadException("--limit must be at least 1");
            }

            var reporter = new RunReporter(asJson ? error : output, !asJson && DownloadRun.IsInteractive(output));
            await using var opened = session.Open(parseResult, error, options => options with { Events = reporter });
            var engine = opened.Downloads;
            var download = engine.AddGalleryDownload(parseResult.GetValue(gug)!, parseResult.GetValue(query)!, parseResult.GetValue(limit));
            if (!asJson)
            {
                output.WriteLine($"queued {download.Label}");
            }

            using var interrupt = new ConsoleInterrupt(cancellationToken, error);
            await DownloadRun.RunAsync(engine, reporter, stopWhenIdle: true, interrupt.Token);
            var tally = FileTally.Of(engine.FileLog(download.FileLogId));
            var gallery = engine.GalleryLog(download.GalleryLogId);
            var pages = gallery.Count(seed => seed.Status == SeedStatus.Successful);
            var pagesFailed = gallery.Count(seed => seed.Status == SeedStatus.Error);
            if (asJson)
            {
                var result = new JsonObject { ["gug"] = download.GugName, ["query"] = download.QueryText };
                tally.AddTo(result);
                result["pages"] = pages;
                result["pages_failed"] = pagesFailed;
                output.WriteLine(DownloadJson.Text(result));
            }
            else
            {
                output.WriteLine($"{download.Label}: {tally.Describe()}, from {pages} gallery page{(pages == 1 ? "" : "s")}" + (pagesFailed > 0 ? $" ({pagesFailed} failed)" : ""));
            }

            return JobOutcome.ExitCode(interrupt, tally, pagesFailed, reporter.LastErrorOf(download.Label), error, JobOutcome.StatusOf(engine, download.Label));
        }));
        return command;
    }
}
