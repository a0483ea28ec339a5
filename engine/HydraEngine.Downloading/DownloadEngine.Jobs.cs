using HydraEngine.Downloading.Galleries;
using HydraEngine.Downloading.Queues;
using HydraEngine.Downloading.Seeds;
using HydraEngine.Downloading.Watchers;
using HydraEngine.Model.Network;

namespace HydraEngine.Downloading;

/// <summary>Gallery downloads, URL queues and watchers: adding and steering them (the work itself happens in a run).</summary>
public sealed partial class DownloadEngine
{
    /// <summary>Queues a gallery download of <paramref name="queryText"/> with the named GUG; files up to <paramref name="fileLimit"/> (default 2000).</summary>
    public GalleryDownload AddGalleryDownload(string gugName, string queryText, int? fileLimit = null) => Queued(GalleryJob.Start(gugName, queryText, fileLimit));

    public IReadOnlyList<GalleryDownload> GalleryDownloads() => GalleryDownloadRows.All();

    public void PauseGalleryDownload(long id, bool paused)
    {
        GalleryDownloadRows.SetPaused(Require(GalleryDownloadRows.Get(id), "gallery download", id).Id, paused);
        Signal.Raise();
    }

    /// <summary>
    /// Queues URLs to import in the named queue; returns the queue and how many URLs were new to it. Tags in
    /// <paramref name="metadata"/> go with every file the URLs give (as if parsed), its service tags to their services.
    /// </summary>
    public (UrlQueue Queue, int Added) AddUrls(IEnumerable<string> urls, string queueName = "default", SeedMetadata? metadata = null)
    {
        var checkedUrls = QueueJob.Check(urls);
        var queue = UrlQueueRows.Ensure(queueName, Services.Now);
        return Queued((queue, QueueJob.Add(queue, checkedUrls, metadata)));
    }

    public IReadOnlyList<UrlQueue> UrlQueues() => UrlQueueRows.All();

    /// <summary>Watches a thread URL with the given checker options (default: hydrus's "thread" preset).</summary>
    public Watcher AddWatcher(string url, CheckerOptions? checker = null) => Queued(WatcherJob.Add(url, checker));

    public IReadOnlyList<Watcher> Watchers() => WatcherRows.All();

    public Watcher Watcher(long id) => Require(WatcherRows.Get(id), "watcher", id);

    /// <summary>hydrus's "check now": revives a dead or 404 watcher and checks it within 30 s of its last check.</summary>
    public Watcher CheckWatcherNow(long id) => Queued(WatcherJob.CheckNow(Watcher(id)));

    /// <summary>Pauses (or resumes) a watcher's checking and its file downloads.</summary>
    public void PauseWatcher(long id, bool paused)
    {
        WatcherRows.Save(Watcher(id) with { Paused = paused, FilesPaused = paused });
        Signal.Raise();
    }

    public bool RemoveWatcher(long id) => WatcherRows.Remove(id);

    /// <summary>A file log's entries in order (a job's history).</summary>
    public IReadOnlyList<FileSeed> FileLog(long logId) => Services.FileLogs.All(logId);

    /// <summary>A gallery log's entries in order.</summary>
    public IReadOnlyList<GallerySeed> GalleryLog(long logId) => Services.GalleryLogs.All(logId);

    /// <summary>Puts a log's failed file seeds back in the queue.</summary>
    public int RetryFailed(long fileLogId) => Queued(Services.FileLogs.RetryFailed(fileLogId, Services.Now));

    /// <summary>Puts every failed file seed of every job back in the queue (hydrus's "retry failed"); the next run works them.</summary>
    public int RetryAllFailed() => Queued(Services.FileLogs.RetryAllFailed(Services.Now));

    /// <summary>Puts every gallery page that failed, of every gallery download and URL queue, back in its queue; the next run fetches them again.</summary>
    public int RetryFailedPages() =>
        Queued(GalleryDownloadRows.All().Select(download => download.GalleryLogId)
            .Concat(UrlQueueRows.All().Select(queue => queue.GalleryLogId))
            .Sum(logId => Services.Failures.RetryPages(logId, Services.Now)));

    /// <summary>How many gallery pages of a gallery log ended in an error.</summary>
    public int FailedPages(long galleryLogId) => Services.Failures.FailedPages(galleryLogId);

    /// <summary>Tells a run waiting in this process that work was queued (see <see cref="Running.WorkSignal"/>), and passes <paramref name="result"/> on.</summary>
    private T Queued<T>(T result)
    {
        Signal.Raise();
        return result;
    }

    internal static T Require<T>(T? value, string what, object key) where T : class =>
        value ?? throw new DownloadException($"there is no {what} {key}");
}
