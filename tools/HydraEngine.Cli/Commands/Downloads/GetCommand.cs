using System.CommandLine;
using System.Text.Json.Nodes;

namespace HydraEngine.Cli.Commands.Downloads;

/// <summary><c>hydra get URL... [--queue NAME] [--json]</c>: imports post, file and gallery URLs, worked until they are done.</summary>
internal static class GetCommand
{
    public static Command Create()
    {
        var urls = new Argument<string[]>("url") { Description = "Post, file or gallery URLs (a thread URL needs `hydra watch`).", Arity = ArgumentArity.OneOrMore };
        var queue = new Option<string>("--queue") { Description = "The URL queue to add them to (kept in the database; default \"default\").", DefaultValueFactory = _ => "default" };
        var json = SessionOptions.Json("Print one JSON object at the end: {\"urls\",\"files_new\",\"files_already_in_db\",\"files_previously_deleted\",\"files_failed\",\"pages\",\"pages_failed\"} (urls: how many were new to the queue); progress goes to stderr.");
        var command = new Command("get", "Download URLs: queue post, file and gallery URLs, then work until they (and anything else due) are done. Ctrl-C stops cleanly.")
        {
            urls, queue, json,
        };
        var session = SessionOptions.AddTo(command);
        command.SetAction((parseResult, cancellationToken) => DownloadCommandRunner.RunAsync(parseResult, async (output, error) =>
        {
            var asJson = parseResult.GetValue(json);
            var reporter = new RunReporter(asJson ? error : output, !asJson && DownloadRun.IsInteractive(output));
            await using var opened = session.Open(parseResult, error, options => options with { Events = reporter });
            var engine = opened.Downloads;
            var given = parseResult.GetValue(urls)!;
            var (added, count) = engine.AddUrls(given, parseResult.GetValue(queue)!);
            if (!asJson)
            {
                output.WriteLine($"queued {count} new URL{(count == 1 ? "" : "s")} of {given.Length} in {added.Label}");
            }

            using var interrupt = new ConsoleInterrupt(cancellationToken, error);
            await DownloadRun.RunAsync(engine, reporter, stopWhenIdle: true, interrupt.Token);
            var tally = reporter.TallyOf(added.Label) with { Pending = FileTally.Of(engine.FileLog(added.FileLogId)).Pending };
            var pages = reporter.PagesOf(added.Label);
            var pagesFailed = reporter.FailedPagesOf(added.Label);
            if (asJson)
            {
                var result = new JsonObject { ["urls"] = count };
                tally.AddTo(result);
                result["pages"] = pages;
                result["pages_failed"] = pagesFailed;
                output.WriteLine(DownloadJson.Text(result));
            }
            else
            {
                output.WriteLine($"{added.Label}: {tally.Describe()}" + (pages > 0 ? $", from {pages} gallery page{(pages == 1 ? "" : "s")}" : "")
                    + (pagesFailed > 0 ? $", {pagesFailed} gallery page{(pagesFailed == 1 ? "" : "s")} failed" : ""));
            }

            return JobOutcome.ExitCode(interrupt, tally, pagesFailed, reporter.LastErrorOf(added.Label), error, JobOutcome.StatusOf(engine, added.Label));
        }));
        return command;
    }
}
