using HydraEngine.Library;
using HydraEngine.Matching.Domains;

namespace HydraEngine.Cli.Commands.Store;

/// <summary>
/// The downloader library's URL classes for <c>system:has url with class NAME</c>: the library in the store's database
/// is opened only when a search asks for a URL's class.
/// </summary>
internal sealed class UrlClassLookup(string databasePath) : IDisposable
{
    private DownloaderLibrary? library;
    private DomainManager? domains;

    /// <summary>The name of the URL class that matches <paramref name="url"/>, or null.</summary>
    public string? ClassOf(string url)
    {
        if (domains is null)
        {
            library = DownloaderLibrary.Open(databasePath);
            domains = library.Downloaders().Domains;
        }

        return domains.GetUrlClass(url)?.Class.Name;
    }

    public void Dispose() => library?.Dispose();
}
