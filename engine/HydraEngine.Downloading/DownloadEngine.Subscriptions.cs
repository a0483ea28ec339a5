using HydraEngine.Downloading.Checking;
using HydraEngine.Downloading.Subscriptions;
using HydraEngine.Downloading.Watchers;
using HydraEngine.Model.Network;

namespace HydraEngine.Downloading;

/// <summary>Subscriptions: add, list, pause and resume, check now, labels, merge, separate, remove.</summary>
public sealed partial class DownloadEngine
{
    /// <summary>hydrus's default file limits: 100 on the first sync, 100 on each later one.</summary>
    public const int DefaultFileLimit = 100;

    public Subscription AddSubscription(string name, string gugName, IEnumerable<string> queries, CheckerOptions? checker = null, int? initialFileLimit = DefaultFileLimit, int? periodicFileLimit = DefaultFileLimit)
    {
        if (!Services.Downloaders.HasGug(gugName))
        {
            throw new DownloadException($"there is no GUG or nested GUG named '{gugName}' in the library; `hydra downloaders list --kind gug` shows them");
        }

        var subscription = SubscriptionRows.Add(name, gugName, checker ?? CheckerPresets.ArtistSubscription, initialFileLimit, periodicFileLimit, Services.Now);
        SubscriptionRows.AddQueries(subscription.Id, queries, Services.Now);
        return Queued(Subscription(name));
    }

    public int AddQueries(string name, IEnumerable<string> queries) => Queued(SubscriptionRows.AddQueries(Subscription(name).Id, queries, Services.Now));

    public IReadOnlyList<Subscription> Subscriptions() => SubscriptionRows.All();

    public Subscription Subscription(string name) => SubscriptionRows.Find(name) ?? throw new DownloadException($"there is no subscription named '{name}'");

    public void PauseSubscription(string name, bool paused)
    {
        SubscriptionRows.SetPaused(Subscription(name).Id, paused);
        Signal.Raise();
    }

    /// <summary>Pauses or resumes one query; resuming a dead query revives it.</summary>
    public void PauseQuery(string name, string queryText, bool paused)
    {
        var query = Query(name, queryText);
        SubscriptionRows.SaveQuery(paused ? query with { Paused = true } : query with { Paused = false, Status = query.Status == CheckingStatus.Dead ? CheckingStatus.Ok : query.Status });
        Signal.Raise();
    }

    /// <summary>Every query of the subscription syncs at the next run, dead ones included.</summary>
    public void CheckSubscriptionNow(string name)
    {
        foreach (var query in Subscription(name).Queries)
        {
            SubscriptionRows.SaveQuery(query with { CheckNow = true, Paused = false, Status = CheckingStatus.Ok, NoWorkUntil = 0 });
        }

        Signal.Raise();
    }

    /// <summary>Sets a query's presentation label (null: show the query text).</summary>
    public void SetQueryLabel(string name, string queryText, string? label) =>
        SubscriptionRows.SaveQuery(Query(name, queryText) with { DisplayName = string.IsNullOrWhiteSpace(label) ? null : label.Trim() });

    /// <summary>Moves the queries of <paramref name="sources"/> into <paramref name="target"/> (same GUG required); returns queries moved and duplicates dropped.</summary>
    public (int Moved, int DuplicatesDropped) MergeSubscriptions(string target, IEnumerable<string> sources)
    {
        var into = Subscription(target);
        var known = into.Queries.Select(query => query.QueryText).ToHashSet(StringComparer.Ordinal);
        int moved = 0, dropped = 0;
        foreach (var source in sources.Select(Subscription).Where(source => source.Id != into.Id).ToList())
        {
            if (source.GugName != into.GugName)
            {
                throw new DownloadException($"cannot merge '{source.Name}' into '{into.Name}': they use different GUGs ('{source.GugName}' and '{into.GugName}')");
            }

            foreach (var query in source.Queries)
            {
                if (known.Add(query.QueryText))
                {
                    SubscriptionRows.SaveQuery(query with { SubscriptionId = into.Id });
                    moved++;
                }
                else
                {
                    SubscriptionRows.DeleteQuery(query.Id);
                    dropped++;
                }
            }

            SubscriptionRows.Remove(source.Id);
        }

        return (moved, dropped);
    }

    /// <summary>Gives each query after the first (or each named one) its own subscription, "NAME: LABEL", with the same settings.</summary>
    public IReadOnlyList<string> SeparateSubscription(string name, IReadOnlyCollection<string>? queryTexts = null)
    {
        var subscription = Subscription(name);
        var chosen = queryTexts is null ? subscription.Queries.Skip(1).ToList() : subscription.Queries.Where(query => queryTexts.Contains(query.QueryText)).ToList();
        if (queryTexts is not null && chosen.Count != queryTexts.Count)
        {
            var missing = queryTexts.Except(chosen.Select(query => query.QueryText));
            throw new DownloadException($"'{name}' has no query {string.Join(", ", missing.Select(text => $"'{text}'"))}");
        }

        var made = new List<string>();
        foreach (var query in chosen)
        {
            var newName = $"{name}: {query.Label}";
            var separate = SubscriptionRows.Add(newName, subscription.GugName, subscription.Checker, subscription.InitialFileLimit, subscription.PeriodicFileLimit, Services.Now);
            SubscriptionRows.SetPaused(separate.Id, subscription.Paused);
            SubscriptionRows.SaveQuery(query with { SubscriptionId = separate.Id });
            made.Add(newName);
        }

        return made;
    }

    public void RemoveSubscription(string name) => SubscriptionRows.Remove(Subscription(name).Id);

    private SubscriptionQuery Query(string name, string queryText) =>
        Subscription(name).Queries.FirstOrDefault(query => query.QueryText == queryText || query.DisplayName == queryText)
        ?? throw new DownloadException($"subscription '{name}' has no query '{queryText}'");
}
