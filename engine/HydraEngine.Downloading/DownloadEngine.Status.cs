using HydraEngine.Downloading.Seeds;
using HydraEngine.Downloading.State;
using HydraEngine.Downloading.Watchers;

namespace HydraEngine.Downloading;

/// <summary>What runs, what is due when, which domains wait.</summary>
public sealed partial class DownloadEngine
{
    public DownloadStatus Status()
    {
        var now = Services.Now;
        var jobs = new List<JobStatus>();
        foreach (var download in GalleryDownloadRows.All())
        {
            var state = download.Paused ? "paused" : GalleryJob.HasWork(download) ? "working" : download.StopReason ?? "done";
            jobs.Add(Finished(Job("gallery", download.Label, state, download.FileLogId, GalleryJob.HasWork(download) ? now : null), download.GalleryLogId, download.FileLogId));
        }

        foreach (var queue in UrlQueueRows.All())
        {
            jobs.Add(Finished(Job("urls", queue.Label, queue.Paused ? "paused" : QueueJob.HasWork(queue) ? "working" : "done", queue.FileLogId, QueueJob.HasWork(queue) ? now : null), queue.GalleryLogId, queue.FileLogId));
        }

        foreach (var watcher in WatcherRows.All())
        {
            var state = watcher.Status switch { CheckingStatus.Gone => "404", CheckingStatus.Dead => "dead", _ => watcher.Paused ? "paused" : "watching" };
            var watcherDue = !watcher.FilesPaused && WatcherJob.HasFileWork(watcher) ? now : watcher.Paused ? (long?)null : Math.Max(watcher.NextCheck, watcher.NoWorkUntil);
            jobs.Add(Job("watcher", watcher.Label, state, watcher.FileLogId, watcherDue));
        }

        foreach (var subscription in SubscriptionRows.All())
        {
            foreach (var query in subscription.Queries)
            {
                var state = query.Status == CheckingStatus.Dead ? "dead" : subscription.Paused || query.Paused ? "paused" : query.IsInitialSync ? "new" : "ok";
                var stopped = query.Paused || subscription.Paused;
                var due = !stopped && SubscriptionJob.HasFileWork(query) ? now : stopped || query.Status == CheckingStatus.Dead ? (long?)null : Math.Max(query.NextCheck, query.NoWorkUntil);
                jobs.Add(Job("subscription", $"{subscription.Name}: {query.Label}", state, query.FileLogId, due));
            }
        }

        return new DownloadStatus(AllPaused, SubscriptionsPaused, jobs, Services.Network.DomainStatuses());
    }

    /// <summary>
    /// A gallery download or URL queue with its failed pages and last error; a job that ended ("done") with failures
    /// and no file fetched is "failed".
    /// </summary>
    private JobStatus Finished(JobStatus job, long galleryLogId, long fileLogId)
    {
        var failedPages = Services.Failures.FailedPages(galleryLogId);
        if (failedPages == 0 && job.FailedFiles == 0)
        {
            return job;
        }

        var failed = job.State == "done" && job.DoneFiles == 0;
        return job with { State = failed ? "failed" : job.State, FailedPages = failedPages, LastError = Services.Failures.LastError(galleryLogId, fileLogId) };
    }

    /// <summary>When the job's next file could start, if its bandwidth is used up for longer than a short wait (from the persisted usage).</summary>
    private long? BandwidthWaitOf(string kind, string label, long fileLogId)
    {
        if (Services.FileLogs.NextPending(fileLogId) is not { } next || !Uri.TryCreate(next.Url, UriKind.Absolute, out var url))
        {
            return null;
        }

        var jobKind = kind switch
        {
            "watcher" => Network.NetworkJobKind.Watcher,
            "subscription" => Network.NetworkJobKind.Subscription,
            _ => Network.NetworkJobKind.DownloaderPage,
        };
        var wait = Services.Network.EstimateBandwidthWait(url, new Network.NetworkJobContext(jobKind, label));
        return wait > Work.BandwidthDeferrals.Threshold ? Services.Clock.GetUtcNow().Add(wait).ToUnixTimeSeconds() : null;
    }

    private JobStatus Job(string kind, string label, string state, long fileLogId, long? due)
    {
        if (Services.Deferrals.Until(label, Services.Now) is { } until || BandwidthWaitOf(kind, label, fileLogId) is { } estimated && (until = estimated) > 0)
        {
            (state, due) = (JobStatus.WaitingForBandwidth, until);
        }

        var counts = Services.FileLogs.Counts(fileLogId);
        var pending = counts.GetValueOrDefault(SeedStatus.Unknown);
        var failed = counts.GetValueOrDefault(SeedStatus.Error);
        return new JobStatus(kind, label, state, pending, counts.Values.Sum() - pending - failed, failed, due);
    }
}
