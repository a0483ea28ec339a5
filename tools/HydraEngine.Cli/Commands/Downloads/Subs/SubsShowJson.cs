using System.Text.Json.Nodes;
using HydraEngine.Downloading;
using HydraEngine.Downloading.Seeds;
using HydraEngine.Downloading.Subscriptions;

namespace HydraEngine.Cli.Commands.Downloads.Subs;

/// <summary><c>hydra subs show --json</c>'s object.</summary>
internal static class SubsShowJson
{
    public static string Write(DownloadEngine engine, Subscription subscription)
    {
        var now = SubsView.Now;
        var queries = new JsonArray();
        foreach (var query in subscription.Queries)
        {
            var item = new JsonObject
            {
                ["query"] = query.QueryText,
                ["label"] = query.Label,
                ["state"] = SubsView.State(subscription, query),
                ["last_check"] = HumanTime.Iso(query.LastCheck),
                ["next_check"] = HumanTime.Iso(SubsView.NextDue(subscription, query, engine.SubscriptionsPaused, now)),
                ["note"] = query.Note,
            };
            var files = SubsView.Files(engine, query);
            files.AddTo(item);
            item["files_pending"] = files.Pending;
            item["recent"] = new JsonArray(SubsShowCommand.Recent(engine, query).Select(Row).ToArray<JsonNode?>());
            queries.Add(item);
        }

        var checker = subscription.Checker;
        return DownloadJson.Text(new JsonObject
        {
            ["name"] = subscription.Name,
            ["gug"] = subscription.GugName,
            ["paused"] = subscription.Paused,
            ["checker"] = new JsonObject
            {
                ["intended_files_per_check"] = checker.IntendedFilesPerCheck,
                ["never_faster_than_seconds"] = checker.NeverFasterThanSeconds,
                ["never_slower_than_seconds"] = checker.NeverSlowerThanSeconds,
                ["death_file_velocity_files"] = checker.DeathFileVelocityFiles,
                ["death_file_velocity_period_seconds"] = checker.DeathFileVelocityPeriodSeconds,
            },
            ["initial_file_limit"] = subscription.InitialFileLimit,
            ["periodic_file_limit"] = subscription.PeriodicFileLimit,
            ["queries"] = queries,
        });
    }

    private static JsonObject Row(FileSeed seed) => new()
    {
        ["url"] = seed.Url,
        ["status"] = seed.Status.Describe(),
        ["note"] = seed.Note,
        ["modified"] = HumanTime.Iso(seed.Modified),
    };
}
