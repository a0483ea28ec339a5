using HydraEngine.Downloading.Galleries;
using HydraEngine.Downloading.Work;
using HydraEngine.Model.Urls;
using HydraEngine.Network;

namespace HydraEngine.Downloading.Queues;

/// <summary>Imports URLs: each post or file URL through §6, each gallery URL through §5 (its files joining the queue).</summary>
internal sealed class UrlQueueJob(DownloadServices services)
{
    private readonly GalleryLogLoop loop = new(services);

    /// <summary>Refuses anything but http/https, and threads (they need a watcher), before anything is queued.</summary>
    public IReadOnlyList<string> Check(IEnumerable<string> urls)
    {
        var domains = services.Downloaders.Domains;
        var list = urls.ToList();
        foreach (var url in list)
        {
            if (!Uri.TryCreate(url, UriKind.Absolute, out var uri) || (uri.Scheme != Uri.UriSchemeHttp && uri.Scheme != Uri.UriSchemeHttps))
            {
                throw new DownloadException($"'{url}' is not an http or https URL");
            }

            if (domains.GetUrlClass(url)?.Class.UrlType == UrlType.Watchable)
            {
                throw new DownloadException($"'{url}' is a thread; watch it instead (`hydra watch URL`)");
            }
        }

        return list;
    }

    /// <summary>Queues checked URLs; returns how many were new to the queue.</summary>
    public int Add(UrlQueue queue, IEnumerable<string> urls, Seeds.SeedMetadata? metadata = null)
    {
        var domains = services.Downloaders.Domains;
        var fileSeeds = new List<Seeds.FileSeed>();
        var gallerySeeds = new List<Seeds.GallerySeed>();
        foreach (var url in Check(urls))
        {
            var type = domains.GetUrlClass(url)?.Class.UrlType;
            if (type == UrlType.Gallery)
            {
                gallerySeeds.Add(SeedFactory.GallerySeed(url, domains, services.Now, externalTags: metadata?.Tags));
            }
            else
            {
                fileSeeds.Add(SeedFactory.FileSeed(url, domains, services.Now, metadata: metadata));
            }
        }

        var added = services.FileLogs.Add(queue.FileLogId, fileSeeds).Count;
        return added + services.GalleryLogs.Add(queue.GalleryLogId, gallerySeeds).Count;
    }

    public bool HasWork(UrlQueue queue) => !queue.Paused && loop.HasWork(queue.GalleryLogId, queue.FileLogId);

    public Task RunAsync(UrlQueue queue, CancellationToken cancellationToken)
    {
        var job = new NetworkJobContext(NetworkJobKind.DownloaderPage, queue.Label);
        var receiver = new GalleryFileReceiver(services.FileLogs, queue.FileLogId, fileLimit: null);
        return loop.RunAsync(queue.GalleryLogId, queue.FileLogId, new HashSet<string>(StringComparer.Ordinal), receiver, job, _ => { }, cancellationToken);
    }
}
