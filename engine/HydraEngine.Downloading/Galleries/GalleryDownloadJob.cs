using HydraEngine.Downloading.Seeds;
using HydraEngine.Downloading.Work;
using HydraEngine.Network;

namespace HydraEngine.Downloading.Galleries;

/// <summary>
/// Runs a gallery download (semantics.md §5): the GUG's first page, then each page's files, then the next page,
/// until the gallery ends, the file limit is hit or the run is cancelled. Resumes where it stopped.
/// </summary>
internal sealed class GalleryDownloadJob(DownloadServices services, GalleryDownloads downloads)
{
    private readonly GalleryLogLoop loop = new(services);

    /// <summary>Queues the GUG's gallery URLs for a new download.</summary>
    public GalleryDownload Start(string gugName, string queryText, int? fileLimit)
    {
        var library = services.Downloaders;
        var urls = library.GalleryUrls(gugName, queryText);
        var download = downloads.Add(gugName, queryText, fileLimit ?? services.Options.GalleryFileLimit, services.Now);
        var seeds = urls.Select(url => SeedFactory.GallerySeed(url, library.Domains, services.Now)).ToList();
        services.GalleryLogs.Add(download.GalleryLogId, seeds);
        return download;
    }

    public bool HasWork(GalleryDownload download) => !download.Paused && loop.HasWork(download.GalleryLogId, download.FileLogId);

    public Task RunAsync(GalleryDownload download, CancellationToken cancellationToken)
    {
        var job = new NetworkJobContext(NetworkJobKind.DownloaderPage, download.Label);
        var seen = services.GalleryLogs.All(download.GalleryLogId).Where(seed => seed.Status.IsDone()).Select(seed => seed.Url).ToHashSet(StringComparer.Ordinal);
        var receiver = new GalleryFileReceiver(services.FileLogs, download.FileLogId, download.FileLimit);
        return loop.RunAsync(download.GalleryLogId, download.FileLogId, seen, receiver, job, outcome =>
        {
            if (outcome.StopReason is { } reason)
            {
                downloads.SetStopReason(download.Id, reason);
                services.GalleryLogs.VetoPending(download.GalleryLogId, reason, services.Now);
                services.Events.Notice(download.Label, reason);
            }
        }, cancellationToken);
    }
}
