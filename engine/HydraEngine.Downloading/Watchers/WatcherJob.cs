using HydraEngine.Downloading.Checking;
using HydraEngine.Downloading.Galleries;
using HydraEngine.Downloading.Seeds;
using HydraEngine.Downloading.Work;
using HydraEngine.Model.Network;
using HydraEngine.Network;

namespace HydraEngine.Downloading.Watchers;

/// <summary>
/// A thread watcher (semantics.md §7): checks the thread when due, queues its new files, then works them. The next
/// check comes from the file velocity; a 404 marks the thread gone, too few files mark it dead; both pause checking.
/// </summary>
internal sealed class WatcherJob(DownloadServices services, Watchers watchers)
{
    private readonly GallerySeedWorker galleries = new(services);
    private readonly FileLogWorker files = new(services);

    public Watcher Add(string url, CheckerOptions? checker)
    {
        var domains = services.Downloaders.Domains;
        var engine = domains.GetUrlClass(url);
        if (engine?.Class.UrlType != Model.Urls.UrlType.Watchable)
        {
            throw new DownloadException($"'{url}' is not a watchable URL: {(engine is null ? "no URL class matches it" : $"its URL class '{engine.Class.Name}' is a {engine.Class.UrlType} class")}");
        }

        return watchers.Add(domains.NormaliseUrl(url, forServer: true), checker ?? CheckerPresets.Thread, services.Now);
    }

    public bool HasFileWork(Watcher watcher) => files.HasPending(watcher.FileLogId);

    /// <summary>hydrus's "check now": revive, unpause, and check within 30 s of the last check.</summary>
    public Watcher CheckNow(Watcher watcher)
    {
        var revived = watcher with { CheckNow = true, Paused = false, FilesPaused = false, Status = CheckingStatus.Ok, NoWorkUntil = 0, NextCheck = watcher.LastCheck + 30, Note = "" };
        watchers.Save(revived);
        return revived;
    }

    /// <summary>Checks if due, then works the pending files.</summary>
    public async Task RunAsync(Watcher watcher, CancellationToken cancellationToken)
    {
        var job = new NetworkJobContext(NetworkJobKind.Watcher, watcher.Label);
        if (watcher.CheckDue(services.Now) && !services.Deferrals.Defer(watcher.Url, job))
        {
            watcher = await CheckAsync(watcher, job, cancellationToken).ConfigureAwait(false);
        }

        if (!watcher.FilesPaused)
        {
            await files.WorkPendingAsync(watcher.FileLogId, job, cancellationToken).ConfigureAwait(false);
        }
    }

    private async Task<Watcher> CheckAsync(Watcher watcher, NetworkJobContext job, CancellationToken cancellationToken)
    {
        var domains = services.Downloaders.Domains;
        var seed = SeedFactory.GallerySeed(watcher.Url, domains, services.Now, canGenerateMorePages: false);
        var added = services.GalleryLogs.Add(watcher.GalleryLogId, [seed]);
        var pending = added.Count > 0 ? added[0] : services.GalleryLogs.NextPending(watcher.GalleryLogId) ?? seed;
        var receiver = new GalleryFileReceiver(services.FileLogs, watcher.FileLogId, fileLimit: null);
        var outcome = await galleries.WorkAsync(watcher.GalleryLogId, pending, new HashSet<string>(StringComparer.Ordinal), receiver, job, cancellationToken).ConfigureAwait(false);
        cancellationToken.ThrowIfCancellationRequested();
        if (outcome.Seed.Status == SeedStatus.Unknown)
        {
            return watcher;
        }

        var now = services.Now;
        watcher = watcher with { Subject = outcome.Title ?? watcher.Subject, CheckNow = false, LastCheck = now, Note = outcome.Seed.Note };
        if (outcome.Gone)
        {
            watcher = watcher with { Status = CheckingStatus.Gone, Paused = true };
            services.Events.Notice(watcher.Label, "the thread is gone (404)");
        }
        else if (outcome.NetworkError)
        {
            watcher = watcher with { NoWorkUntil = now + (long)services.Options.NetworkErrorDelay.TotalSeconds };
        }
        else if (outcome.Seed.Status is SeedStatus.Error or SeedStatus.Vetoed)
        {
            watcher = watcher with { Paused = true };
        }

        watcher = UpdateNextCheckTime(watcher, now);
        watchers.Save(watcher);
        return watcher;
    }

    /// <summary>hydrus's <c>_UpdateNextCheckTime</c> after a check.</summary>
    internal Watcher UpdateNextCheckTime(Watcher watcher, long now)
    {
        if (watcher.CheckNow)
        {
            return watcher with { NextCheck = watcher.LastCheck + 30 };
        }

        if (watcher.NoWorkUntil > now)
        {
            return watcher with { NextCheck = watcher.NoWorkUntil + 1 };
        }

        var timestamps = services.FileLogs.SourceTimestamps(watcher.FileLogId);
        if (watcher.Status == CheckingStatus.Ok && CheckerTiming.IsDead(watcher.Checker, timestamps, watcher.LastCheck))
        {
            watcher = watcher with { Status = CheckingStatus.Dead };
            services.Events.Notice(watcher.Label, "the thread is dead: too few new files lately");
        }

        if (watcher.Status != CheckingStatus.Ok)
        {
            watcher = watcher with { Paused = true };
        }

        return watcher with { NextCheck = CheckerTiming.NextCheckTime(watcher.Checker, timestamps, watcher.LastCheck, now) };
    }
}
