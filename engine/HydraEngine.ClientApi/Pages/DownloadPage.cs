using System.Security.Cryptography;
using System.Text;

namespace HydraEngine.ClientApi.Pages;

/// <summary>The download job behind a page.</summary>
internal enum PageSource
{
    UrlQueue,
    Watcher,
    GalleryDownload,
}

/// <summary>
/// One of hydrus's pages as HydraEngine has them: a download job of the engine (a URL queue is hydrus's "urls
/// import" page, type 7; a thread watcher a "watcher" page, type 9; a gallery download a "gallery" page, type 1).
/// The page key is stable: a hash of the job's kind and id, so it survives restarts.
/// </summary>
internal sealed record DownloadPage(PageSource Source, long JobId, string Name, bool Paused, long FileLogId, long GalleryLogId, string? Url)
{
    public const int PageOfPagesType = 10;

    public string Key { get; } = KeyOf($"{Source}:{JobId}");

    public int PageType => Source switch
    {
        PageSource.UrlQueue => 7,
        PageSource.Watcher => 9,
        _ => 1,
    };

    /// <summary>The key of the one page of pages that holds every download page (hydrus's top notebook).</summary>
    public static string TopKey { get; } = KeyOf("top pages notebook");

    private static string KeyOf(string identity) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes("hydra page:" + identity)));
}
