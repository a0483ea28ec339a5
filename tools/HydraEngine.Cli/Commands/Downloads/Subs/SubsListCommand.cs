using System.CommandLine;
using System.Text.Json.Nodes;
using HydraEngine.Downloading.Watchers;

namespace HydraEngine.Cli.Commands.Downloads.Subs;

/// <summary><c>hydra subs list [--json]</c>.</summary>
internal static class SubsListCommand
{
    public static Command Create()
    {
        var json = SessionOptions.Json("Print JSON Lines, one per subscription: {\"name\",\"gug\",\"paused\",\"queries\",\"dead_queries\",\"files\",\"next_check\"} (next_check ISO 8601 UTC or null).");
        var command = new Command("list", "List the subscriptions: GUG, queries, state, files and the next sync.") { json };
        return SubsCommand.Simple(command, (parseResult, engine) =>
        {
            var subscriptions = engine.Subscriptions();
            var now = SubsView.Now;
            var lines = new List<string>();
            if (parseResult.GetValue(json))
            {
                foreach (var subscription in subscriptions)
                {
                    lines.Add(DownloadJson.Text(new JsonObject
                    {
                        ["name"] = subscription.Name,
                        ["gug"] = subscription.GugName,
                        ["paused"] = subscription.Paused,
                        ["queries"] = subscription.Queries.Count,
                        ["dead_queries"] = subscription.Queries.Count(query => query.Status == CheckingStatus.Dead),
                        ["files"] = SubsView.Files(engine, subscription).Files,
                        ["next_check"] = HumanTime.Iso(SubsView.NextDue(subscription, engine.SubscriptionsPaused, now)),
                    }));
                }

                return string.Join(Environment.NewLine, lines);
            }

            if (subscriptions.Count == 0)
            {
                return "no subscriptions; `hydra subs add NAME --gug GUG QUERY...` adds one.";
            }

            if (engine.SubscriptionsPaused)
            {
                lines.Add("(subscriptions are paused: `hydra subs resume --all`)");
            }

            foreach (var subscription in subscriptions)
            {
                var dead = subscription.Queries.Count(query => query.Status == CheckingStatus.Dead);
                var files = SubsView.Files(engine, subscription).Files;
                lines.Add($"{subscription.Name}  [{subscription.GugName}]  {subscription.Queries.Count} quer{(subscription.Queries.Count == 1 ? "y" : "ies")}"
                    + (dead > 0 ? $" ({dead} dead)" : "")
                    + $", {files} file{(files == 1 ? "" : "s")}, {(subscription.Paused ? "paused" : "active")}, next sync {HumanTime.Until(SubsView.NextDue(subscription, engine.SubscriptionsPaused, now), now)}");
            }

            return string.Join(Environment.NewLine, lines);
        }, StoreAccess.Reads);
    }
}
