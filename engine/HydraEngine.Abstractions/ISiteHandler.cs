namespace HydraEngine.Abstractions;

/// <summary>
/// Code that fetches and parses the URLs of one URL class when no declarative parser can (a signed API, a
/// multi-step fetch). The host calls it with a time limit and cancels the token when the limit passes.
/// </summary>
public interface ISiteHandler
{
    /// <summary>The name of the URL class whose URLs this handler takes.</summary>
    string UrlClass { get; }

    /// <summary>Fetches the URL through <paramref name="http"/> and says what it found (never null).</summary>
    /// <param name="request">The URL to handle.</param>
    /// <param name="http">The only way a handler should reach the network; the host applies its bandwidth rules, cookies and headers.</param>
    /// <param name="cancellationToken">Cancelled when the call runs out of time or the work is stopped.</param>
    /// <returns>What the URL holds.</returns>
    Task<SiteResult> FetchAsync(SiteRequest request, IPluginHttp http, CancellationToken cancellationToken);
}

/// <summary>A URL for a site handler.</summary>
/// <param name="Url">The URL, normalised by its URL class.</param>
/// <param name="UrlClass">The URL class it matched.</param>
public sealed record SiteRequest(string Url, string UrlClass);

/// <summary>What a site handler found at a URL (every list may be empty, none may be null or hold null).</summary>
public sealed record SiteResult
{
    /// <summary>URLs of files to download, best first.</summary>
    public IReadOnlyList<string> FileUrls { get; init; } = [];

    /// <summary>URLs of posts to fetch next (from a gallery page).</summary>
    public IReadOnlyList<string> PostUrls { get; init; } = [];

    /// <summary>The next gallery page(s).</summary>
    public IReadOnlyList<string> NextPageUrls { get; init; } = [];

    /// <summary>Tags for the files, <c>namespace:subtag</c> or unnamespaced.</summary>
    public IReadOnlyList<string> Tags { get; init; } = [];

    /// <summary>The page's title, if it has one.</summary>
    public string? Title { get; init; }
}
