using System.CommandLine;
using System.Text;
using HydraEngine.Downloading;
using HydraEngine.Downloading.Seeds;
using HydraEngine.Downloading.Subscriptions;

namespace HydraEngine.Cli.Commands.Downloads.Subs;

/// <summary><c>hydra subs show NAME [--json]</c>: the subscription's settings and each query's state, times, files and latest log rows.</summary>
internal static class SubsShowCommand
{
    public const int RecentRows = 5;

    public static Command Create()
    {
        var name = SubsCommand.Name();
        var json = SessionOptions.Json("Print one JSON object: {\"name\",\"gug\",\"paused\",\"checker\",\"initial_file_limit\",\"periodic_file_limit\",\"queries\":[{\"query\",\"label\",\"state\",\"last_check\",\"next_check\",\"note\",\"files_new\",…,\"recent\":[…]}]}.");
        var command = new Command("show", $"Show a subscription: its GUG, checker and limits, and for each query its label, state, last and next sync, files and the {RecentRows} latest log rows.")
        {
            name, json,
        };
        return SubsCommand.Simple(command, (parseResult, engine) =>
        {
            var subscription = engine.Subscription(parseResult.GetValue(name)!);
            return parseResult.GetValue(json) ? SubsShowJson.Write(engine, subscription) : Text(engine, subscription);
        }, StoreAccess.Reads);
    }

    public static IReadOnlyList<FileSeed> Recent(DownloadEngine engine, SubscriptionQuery query) =>
        engine.FileLog(query.FileLogId).OrderByDescending(seed => seed.Modified).ThenByDescending(seed => seed.Id).Take(RecentRows).ToList();

    private static string Text(DownloadEngine engine, Subscription subscription)
    {
        var now = SubsView.Now;
        var text = new StringBuilder();
        text.AppendLine($"{subscription.Name}: searches with '{subscription.GugName}'{(subscription.Paused ? ", paused" : "")}{(engine.SubscriptionsPaused ? " (all subscriptions are paused)" : "")}");
        text.AppendLine($"  checker: {CheckerOption.Describe(subscription.Checker)}");
        text.AppendLine($"  file limits: {Limit(subscription.InitialFileLimit)} on the first sync, {Limit(subscription.PeriodicFileLimit)} on each later one");
        foreach (var query in subscription.Queries)
        {
            text.AppendLine();
            text.AppendLine($"  {query.Label}{(query.DisplayName is null ? "" : $" (query \"{query.QueryText}\")")}: {SubsView.State(subscription, query)}");
            text.AppendLine($"    last sync {HumanTime.Ago(query.LastCheck, now)}, next sync {HumanTime.Until(SubsView.NextDue(subscription, query, engine.SubscriptionsPaused, now), now)}{(query.Note.Length > 0 ? $" — {query.Note}" : "")}");
            text.AppendLine($"    {SubsView.Files(engine, query).Describe()}");
            foreach (var seed in Recent(engine, query))
            {
                text.AppendLine($"    {HumanTime.Ago(seed.Modified, now),-10} {seed.Status.Describe(),-18} {seed.Url}{(seed.Note.Length > 0 ? $"  {seed.Note}" : "")}");
            }
        }

        return text.ToString().TrimEnd();
    }

    private static string Limit(int? limit) => limit is { } value ? value.ToString(System.Globalization.CultureInfo.InvariantCulture) : "no limit";
}
