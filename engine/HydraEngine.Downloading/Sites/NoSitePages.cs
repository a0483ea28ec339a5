namespace HydraEngine.Downloading.Sites;

/// <summary>No site handlers: every URL goes to its declarative parser.</summary>
internal sealed class NoSitePages : ISitePageSource
{
    public static NoSitePages Instance { get; } = new();

    public bool Handles(string urlClass) => false;

    public Task<SitePage> FetchAsync(string urlClass, string url, ISiteHttp http, CancellationToken cancellationToken) =>
        throw new SitePageException($"nothing handles the URL class \"{urlClass}\".");
}
