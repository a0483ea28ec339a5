using HydraEngine.Network;

namespace HydraEngine.Downloading.Work;

/// <summary>
/// The loop of a gallery download or URL queue: work the pending files, then the next gallery page (whose files join
/// the file log), and again, until both logs are done, the job is put aside for bandwidth, or the run is cancelled.
/// </summary>
internal sealed class GalleryLogLoop(DownloadServices services)
{
    private readonly GallerySeedWorker galleries = new(services);
    private readonly FileLogWorker files = new(services);

    public bool HasWork(long galleryLogId, long fileLogId) =>
        files.HasPending(fileLogId) || services.GalleryLogs.NextPending(galleryLogId) is not null;

    public async Task RunAsync(long galleryLogId, long fileLogId, ISet<string> seen, IFileSeedReceiver receiver, NetworkJobContext job, Action<GalleryPageOutcome> afterPage, CancellationToken cancellationToken)
    {
        while (!cancellationToken.IsCancellationRequested)
        {
            await files.WorkPendingAsync(fileLogId, job, cancellationToken).ConfigureAwait(false);
            if (cancellationToken.IsCancellationRequested || services.GalleryLogs.NextPending(galleryLogId) is not { } page || services.Deferrals.Defer(page.Url, job))
            {
                return;
            }

            afterPage(await galleries.WorkAsync(galleryLogId, page, seen, receiver, job, cancellationToken).ConfigureAwait(false));
        }
    }
}
