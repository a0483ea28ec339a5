using HydraEngine.Downloading.Watchers;

namespace HydraEngine.Downloading.Running;

/// <summary>Finds what is due now, and when the next thing falls due.</summary>
internal sealed class DueWorkCollector(DownloadEngine engine)
{
    public IReadOnlyList<DueJob> Collect(long now) =>
        CollectAll(now).Where(job => engine.Services.Deferrals.Until(job.Label, now) is null).ToList();

    private List<DueJob> CollectAll(long now)
    {
        var jobs = new List<DueJob>();
        if (engine.AllPaused)
        {
            return jobs;
        }

        foreach (var download in engine.GalleryDownloadJobs.Where(engine.GalleryJob.HasWork))
        {
            jobs.Add(new DueJob($"gallery:{download.Id}", download.Label, token => engine.GalleryJob.RunAsync(download, token)));
        }

        foreach (var queue in engine.UrlQueueRows.All().Where(engine.QueueJob.HasWork))
        {
            jobs.Add(new DueJob($"queue:{queue.Id}", queue.Label, token => engine.QueueJob.RunAsync(queue, token)));
        }

        foreach (var watcher in engine.WatcherRows.All().Where(watcher => watcher.CheckDue(now) || (!watcher.FilesPaused && engine.WatcherJob.HasFileWork(watcher))))
        {
            jobs.Add(new DueJob($"watcher:{watcher.Id}", watcher.Label, token => engine.WatcherJob.RunAsync(watcher, token)));
        }

        if (!engine.SubscriptionsPaused)
        {
            foreach (var subscription in engine.SubscriptionRows.All().Where(subscription => !subscription.Paused))
            {
                foreach (var query in subscription.Queries.Where(query => query.SyncDue(now) || (!query.Paused && engine.SubscriptionJob.HasFileWork(query))))
                {
                    jobs.Add(new DueJob($"query:{query.Id}", $"{subscription.Name}: {query.Label}", token => engine.SubscriptionJob.RunAsync(subscription, query, token)));
                }
            }
        }

        return jobs;
    }

    /// <summary>The earliest future time a watcher or query falls due (Unix seconds), or null when nothing is scheduled.</summary>
    public long? NextDue(long now)
    {
        var times = engine.Services.Deferrals.All.ToList();
        times.AddRange(engine.WatcherRows.All()
            .Where(watcher => !watcher.Paused && watcher.Status == CheckingStatus.Ok)
            .Select(watcher => Math.Max(watcher.NextCheck, watcher.NoWorkUntil)));
        if (!engine.SubscriptionsPaused)
        {
            times.AddRange(engine.SubscriptionRows.All()
                .Where(subscription => !subscription.Paused)
                .SelectMany(subscription => subscription.Queries)
                .Where(query => !query.Paused && query.Status != CheckingStatus.Dead)
                .Select(query => Math.Max(query.NextCheck + 1, query.NoWorkUntil)));
        }

        return times.Count == 0 ? null : Math.Max(times.Min(), now);
    }
}
