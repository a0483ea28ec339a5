using HydraEngine.ClientApi.Http;
using HydraEngine.Downloading;

namespace HydraEngine.ClientApi.Pages;

/// <summary>The pages of the download engine: its URL queues, then its thread watchers, then its gallery downloads.</summary>
internal static class DownloadPages
{
    public static IReadOnlyList<DownloadPage> All(ClientApiContext api)
    {
        if (api.Downloads is not { } downloads)
        {
            return [];
        }

        lock (api.DownloadsGate)
        {
            return
            [
                .. downloads.UrlQueues().Select(queue => new DownloadPage(PageSource.UrlQueue, queue.Id, queue.Name, queue.Paused, queue.FileLogId, queue.GalleryLogId, null)),
                .. downloads.Watchers().Select(watcher => new DownloadPage(PageSource.Watcher, watcher.Id, watcher.Subject ?? watcher.Url, watcher.Paused, watcher.FileLogId, watcher.GalleryLogId, watcher.Url)),
                .. downloads.GalleryDownloads().Select(gallery => new DownloadPage(PageSource.GalleryDownload, gallery.Id, $"{gallery.GugName}: {gallery.QueryText}", gallery.Paused, gallery.FileLogId, gallery.GalleryLogId, null)),
            ];
        }
    }

    /// <summary>The page with <c>page_key</c> (required), or hydrus's 404.</summary>
    public static DownloadPage Find(ApiRequest request)
    {
        var key = request.Args.OptionalString("page_key") ?? throw ApiException.BadRequest("You need a page key for this request!");
        if (key.Length != 64 || !key.All(Uri.IsHexDigit))
        {
            throw ApiException.BadParameter("page_key", $"is '{key}', which is not a page key (64 hex digits)");
        }

        return All(request.Api).FirstOrDefault(page => page.Key == key.ToLowerInvariant())
            ?? throw ApiException.NotFound($"Could not find that page! ({key})");
    }
}
