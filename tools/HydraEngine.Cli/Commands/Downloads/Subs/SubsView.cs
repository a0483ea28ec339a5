using HydraEngine.Downloading;
using HydraEngine.Downloading.Subscriptions;
using HydraEngine.Downloading.Watchers;

namespace HydraEngine.Cli.Commands.Downloads.Subs;

/// <summary>How a subscription and its queries are shown: state words, next due times and file counts.</summary>
internal static class SubsView
{
    /// <summary>"dead", "paused", "new" (never synced) or "ok".</summary>
    public static string State(Subscription subscription, SubscriptionQuery query) =>
        query.Status == CheckingStatus.Dead ? "dead"
        : subscription.Paused || query.Paused ? "paused"
        : query.IsInitialSync ? "new"
        : "ok";

    /// <summary>When the query syncs next (Unix seconds, at the earliest <paramref name="now"/>), or null when it will not (paused, dead, subscriptions paused).</summary>
    public static long? NextDue(Subscription subscription, SubscriptionQuery query, bool subscriptionsPaused, long now)
    {
        if (subscriptionsPaused || subscription.Paused || query.Paused || query.Status == CheckingStatus.Dead)
        {
            return null;
        }

        return Math.Max(now, query.CheckNow ? query.NoWorkUntil : Math.Max(query.NextCheck, query.NoWorkUntil));
    }

    /// <summary>The earliest next sync of any query, or null.</summary>
    public static long? NextDue(Subscription subscription, bool subscriptionsPaused, long now) =>
        subscription.Queries.Select(query => NextDue(subscription, query, subscriptionsPaused, now)).Where(due => due is not null).Min();

    public static FileTally Files(DownloadEngine engine, SubscriptionQuery query) => FileTally.Of(engine.FileLog(query.FileLogId));

    public static FileTally Files(DownloadEngine engine, Subscription subscription) =>
        subscription.Queries.Aggregate(FileTally.Empty, (sum, query) => sum.Plus(Files(engine, query)));

    public static long Now => DateTimeOffset.UtcNow.ToUnixTimeSeconds();
}
