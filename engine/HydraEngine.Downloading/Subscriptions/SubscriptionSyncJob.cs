using HydraEngine.Downloading.Checking;
using HydraEngine.Downloading.Seeds;
using HydraEngine.Downloading.Watchers;
using HydraEngine.Downloading.Work;
using HydraEngine.Network;

namespace HydraEngine.Downloading.Subscriptions;

/// <summary>
/// One subscription query's turn (semantics.md §8 and §7): sync the gallery when due — stopping at known URLs,
/// the file limit or the gallery's end — then download the files the syncs collected.
/// </summary>
internal sealed class SubscriptionSyncJob(DownloadServices services, Subscriptions subscriptions)
{
    private readonly GallerySeedWorker galleries = new(services);
    private readonly FileLogWorker files = new(services);

    public bool HasFileWork(SubscriptionQuery query) => files.HasPending(query.FileLogId);

    public async Task RunAsync(Subscription subscription, SubscriptionQuery query, CancellationToken cancellationToken)
    {
        var job = new NetworkJobContext(NetworkJobKind.Subscription, $"{subscription.Name}: {query.Label}");
        if (query.SyncDue(services.Now))
        {
            query = await SyncAsync(subscription, query, job, cancellationToken).ConfigureAwait(false);
        }

        await files.WorkPendingAsync(query.FileLogId, job, cancellationToken).ConfigureAwait(false);
        if (query.Status == CheckingStatus.Dead && !query.Paused && !files.HasPending(query.FileLogId))
        {
            subscriptions.SaveQuery(query with { Paused = true });
        }
    }

    private async Task<SubscriptionQuery> SyncAsync(Subscription subscription, SubscriptionQuery query, NetworkJobContext job, CancellationToken cancellationToken)
    {
        var library = services.Downloaders;
        var urls = library.GalleryUrls(subscription.GugName, query.QueryText);
        if (urls.Count == 0)
        {
            subscriptions.SetPaused(subscription.Id, true);
            services.Events.Notice(job.Key, $"'{subscription.GugName}' made no gallery URLs for '{query.QueryText}'; the subscription is paused");
            return query;
        }

        if (services.Deferrals.Defer(urls[0], job))
        {
            return query;
        }

        services.GalleryLogs.VetoPending(query.GalleryLogId, "an earlier sync was interrupted; this one started again", services.Now);
        services.GalleryLogs.Add(query.GalleryLogId, urls.Select(url => SeedFactory.GallerySeed(url, library.Domains, services.Now)).ToList());
        var limit = query.IsInitialSync ? subscription.InitialFileLimit : subscription.PeriodicFileLimit;
        var master = services.FileLogs.Counts(query.FileLogId).Values.Sum();
        var receiver = new SyncFileReceiver(services.FileLogs, query.FileLogId, query.IsInitialSync, limit, master);
        var stoppedClasses = new Dictionary<string, string>(StringComparer.Ordinal);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var networkError = false;
        while (services.GalleryLogs.NextPending(query.GalleryLogId) is { } page)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var classKey = library.Domains.GetUrlClass(page.Url)?.Class.Key ?? "";
            if (stoppedClasses.TryGetValue(classKey, out var said))
            {
                services.GalleryLogs.Update(page with { Status = SeedStatus.Vetoed, Note = $"previous gallery URL said: {said}", Modified = services.Now });
                continue;
            }

            var outcome = await galleries.WorkAsync(query.GalleryLogId, page, seen, receiver, job, cancellationToken).ConfigureAwait(false);
            if (outcome.Seed.Status == SeedStatus.Unknown)
            {
                // Out of bandwidth: keep what was found, finish the sync when the job comes back.
                services.FileLogs.Add(query.FileLogId, receiver.Collected.Reverse().ToList());
                return query;
            }

            if (outcome.StopReason is { } reason)
            {
                stoppedClasses[classKey] = reason;
            }

            if (outcome.NetworkError || receiver.LimitReached)
            {
                networkError = outcome.NetworkError;
                services.GalleryLogs.VetoPending(query.GalleryLogId, networkError ? outcome.Seed.Note : receiver.StopReason ?? "hit file limit", services.Now);
                break;
            }
        }

        cancellationToken.ThrowIfCancellationRequested();
        var collected = receiver.Collected.Reverse().ToList();
        services.FileLogs.Add(query.FileLogId, collected);
        Announce(job.Key, query, receiver, collected.Count, limit);
        if (collected.Count > 0)
        {
            services.Events.SubscriptionFoundFiles(subscription.Name, query.Label, collected.Count);
        }

        if (networkError)
        {
            query = query with { NoWorkUntil = services.Now + (long)services.Options.NetworkErrorDelay.TotalSeconds, Note = "network error; trying again later" };
            subscriptions.SaveQuery(query);
            return query;
        }

        query = RegisterSyncComplete(subscription, query, receiver.StopReason, collected.Count);
        subscriptions.SaveQuery(query);
        return query;
    }

    /// <summary>hydrus's <c>RegisterSyncComplete</c>: last check now, old log entries compacted, death and the next check from velocity.</summary>
    internal SubscriptionQuery RegisterSyncComplete(Subscription subscription, SubscriptionQuery query, string? stopReason, int found)
    {
        var now = services.Now;
        var wasInitial = query.IsInitialSync;
        query = query with { LastCheck = now, CheckNow = false, Note = $"found {found} new urls" + (stopReason is null ? "" : $" - {stopReason}") };
        services.FileLogs.Compact(query.FileLogId, now - CheckerTiming.DeathPeriod(subscription.Checker));
        var timestamps = services.FileLogs.SourceTimestamps(query.FileLogId);
        if (query.Status == CheckingStatus.Ok && CheckerTiming.IsDead(subscription.Checker, timestamps, now))
        {
            query = query with { Status = CheckingStatus.Dead, Paused = !files.HasPending(query.FileLogId) };
            var checker = subscription.Checker;
            services.Events.Notice($"{subscription.Name}: {query.Label}", wasInitial
                ? (found == 0 ? "the query found no files on its first sync, so it is dead" : "the query is already dead: its newest files are too old")
                : $"the query is dead: it found fewer than {checker.DeathFileVelocityFiles} files in the last {checker.DeathFileVelocityPeriodSeconds / 86400} days");
        }

        return query with { NextCheck = CheckerTiming.NextCheckTime(subscription.Checker, timestamps, now, now) };
    }

    private void Announce(string job, SubscriptionQuery query, SyncFileReceiver receiver, int found, int? limit)
    {
        if (receiver.PeriodicLimitGap && limit is { } cap)
        {
            services.Events.Notice(job, $"hit its periodic file limit of {cap} without seeing any file it had before: there may be a gap; a gallery download of about {5 * cap} files for '{query.QueryText}' would fill it");
        }
        else if (!query.IsInitialSync && receiver.StopReason == "hit periodic file limit")
        {
            services.Events.Notice(job, $"hit its periodic file limit of {limit}");
        }

        if (found > 0)
        {
            services.Events.Notice(job, $"found {found} new files");
        }
    }
}
