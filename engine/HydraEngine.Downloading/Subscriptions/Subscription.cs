using HydraEngine.Downloading.Watchers;
using HydraEngine.Model.Network;

namespace HydraEngine.Downloading.Subscriptions;

/// <summary>A subscription: one site (a GUG), many queries, one checker, the initial and periodic file limits (null = none).</summary>
public sealed record Subscription(
    long Id,
    string Name,
    string GugName,
    CheckerOptions Checker,
    int? InitialFileLimit,
    int? PeriodicFileLimit,
    bool Paused,
    long Created,
    IReadOnlyList<SubscriptionQuery> Queries);

/// <summary>
/// One query of a subscription, with its own gallery and file logs and checking state. <see cref="DisplayName"/>
/// is its presentation label (shown instead of the query text). Times are Unix seconds.
/// </summary>
public sealed record SubscriptionQuery(
    long Id,
    long SubscriptionId,
    string QueryText,
    string? DisplayName,
    CheckingStatus Status,
    bool Paused,
    long LastCheck,
    long NextCheck,
    bool CheckNow,
    long NoWorkUntil,
    string Note,
    long GalleryLogId,
    long FileLogId)
{
    public string Label => DisplayName ?? QueryText;

    /// <summary>hydrus: due if not dead and past the next check (or asked to check now), and no delay is pending.</summary>
    public bool SyncDue(long now) => !Paused && Status != CheckingStatus.Dead && now >= NoWorkUntil && (CheckNow || now > NextCheck);

    public bool IsInitialSync => LastCheck == 0;
}
