using System.CommandLine;
using HydraEngine.Downloading;

namespace HydraEngine.Cli.Commands.Downloads.Subs;

/// <summary><c>hydra subs add NAME --gug GUG QUERY... [--checker NAME] [--initial-limit N] [--periodic-limit N]</c>.</summary>
internal static class SubsAddCommand
{
    public static Command Create()
    {
        var name = SubsCommand.Name("A name for the subscription (unique).");
        var queries = new Argument<string[]>("query") { Description = "Search texts, one per query (e.g. \"blue_eyes\" \"creator:mira\"). Adding to an existing subscription adds its new queries.", Arity = ArgumentArity.OneOrMore };
        var gug = new Option<string>("--gug") { Description = "The GUG or nested GUG every query searches with.", Required = true };
        var checker = CheckerOption.Create("artist subscription");
        var initial = new Option<int?>("--initial-limit") { Description = $"New files a query's first sync collects at most (default {DownloadEngine.DefaultFileLimit}; 0: no limit)." };
        var periodic = new Option<int?>("--periodic-limit") { Description = $"New files each later sync collects at most (default {DownloadEngine.DefaultFileLimit}; 0: no limit)." };
        var command = new Command("add", "Add a subscription (or new queries to an existing one). Nothing is downloaded until `hydra run` or `hydra subs check-now`.")
        {
            name, queries, gug, checker, initial, periodic,
        };
        return SubsCommand.Simple(command, (parseResult, engine) =>
        {
            var subscriptionName = parseResult.GetValue(name)!;
            var texts = parseResult.GetValue(queries)!;
            if (engine.Subscriptions().Any(existing => existing.Name == subscriptionName))
            {
                var gugName = parseResult.GetValue(gug)!;
                var existing = engine.Subscription(subscriptionName);
                if (existing.GugName != gugName)
                {
                    throw new DownloadException($"'{subscriptionName}' already exists and searches with '{existing.GugName}', not '{gugName}'");
                }

                var added = engine.AddQueries(subscriptionName, texts);
                return $"added {added} new quer{(added == 1 ? "y" : "ies")} to '{subscriptionName}'";
            }

            var options = CheckerOption.Parse(parseResult.GetValue(checker));
            var subscription = engine.AddSubscription(subscriptionName, parseResult.GetValue(gug)!, texts, options, Limit(parseResult.GetValue(initial), "--initial-limit"), Limit(parseResult.GetValue(periodic), "--periodic-limit"));
            var count = subscription.Queries.Count;
            return $"added subscription '{subscription.Name}': {count} quer{(count == 1 ? "y" : "ies")} with '{subscription.GugName}' ({CheckerOption.Describe(subscription.Checker)}); `hydra run` syncs it";
        });
    }

    private static int? Limit(int? given, string option) => given switch
    {
        null => DownloadEngine.DefaultFileLimit,
        0 => null,
        < 0 => throw new DownloadException($"{option} must be 0 (no limit) or more"),
        { } value => value,
    };
}
