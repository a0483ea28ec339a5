using System.CommandLine;
using HydraEngine.Downloading;

namespace HydraEngine.Cli.Commands.Downloads.Subs;

/// <summary><c>hydra subs pause NAME|--all</c> and <c>hydra subs resume NAME|--all</c>.</summary>
internal static class SubsPauseCommand
{
    public static Command Create(bool paused)
    {
        var verb = paused ? "pause" : "resume";
        var name = new Argument<string?>("name") { Description = $"The subscription to {verb}.", Arity = ArgumentArity.ZeroOrOne };
        var all = new Option<bool>("--all") { Description = paused ? "Pause every subscription at once (one global switch; each keeps its own pause too)." : "Lift the global subscriptions pause." };
        var query = new Option<string?>("--query") { Description = $"Only {verb} this query (its text or label) of the subscription{(paused ? "" : "; resuming a dead query revives it")}." };
        var command = new Command(verb, paused ? "Pause a subscription (or, with --all, every subscription): it does not sync until resumed." : "Resume a paused subscription (or, with --all, lift the global pause).")
        {
            name, all, query,
        };
        return SubsCommand.Simple(command, (parseResult, engine) =>
        {
            var subscription = parseResult.GetValue(name);
            if (parseResult.GetValue(all))
            {
                if (subscription is not null)
                {
                    throw new DownloadException($"give a subscription name or --all, not both");
                }

                engine.SetSubscriptionsPaused(paused);
                return paused ? "all subscriptions are paused" : "subscriptions are no longer paused";
            }

            if (subscription is null)
            {
                throw new DownloadException($"say which subscription to {verb} (or --all)");
            }

            if (parseResult.GetValue(query) is { } queryText)
            {
                engine.PauseQuery(subscription, queryText, paused);
                return $"{(paused ? "paused" : "resumed")} '{queryText}' of '{subscription}'";
            }

            engine.PauseSubscription(subscription, paused);
            return $"{(paused ? "paused" : "resumed")} '{subscription}'" + (!paused && engine.SubscriptionsPaused ? " (all subscriptions are still paused: `hydra subs resume --all`)" : "");
        });
    }
}
