namespace HydraEngine.Downloading.Sites;

/// <summary>
/// Code that fetches and reads the URLs of some URL classes in place of a declarative page parser (plugin site
/// handlers, wired in by the composition root). The seed workers ask it first for every gallery and post URL.
/// </summary>
public interface ISitePageSource
{
    /// <summary>Whether something handles the URLs of the URL class named <paramref name="urlClass"/>.</summary>
    bool Handles(string urlClass);

    /// <summary>
    /// Fetches <paramref name="url"/> (of class <paramref name="urlClass"/>) through <paramref name="http"/> and says what it holds.
    /// Throws <see cref="SitePageException"/> when the handler failed; a failure of the network itself comes through as it was.
    /// </summary>
    Task<SitePage> FetchAsync(string urlClass, string url, ISiteHttp http, CancellationToken cancellationToken);
}

/// <summary>What a site handler found at a URL.</summary>
public sealed record SitePage
{
    /// <summary>URLs of files to download, best first.</summary>
    public IReadOnlyList<string> FileUrls { get; init; } = [];

    /// <summary>URLs of posts to fetch next (from a gallery page).</summary>
    public IReadOnlyList<string> PostUrls { get; init; } = [];

    /// <summary>The next gallery page(s).</summary>
    public IReadOnlyList<string> NextPageUrls { get; init; } = [];

    /// <summary>Tags for the files (<c>namespace:subtag</c> or unnamespaced).</summary>
    public IReadOnlyList<string> Tags { get; init; } = [];

    public string? Title { get; init; }
}

/// <summary>A site handler failed (it is named in the message); the seed ends as an error with that message.</summary>
public sealed class SitePageException(string message, Exception? inner = null) : Exception(message, inner);
