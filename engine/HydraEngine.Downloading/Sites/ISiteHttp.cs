namespace HydraEngine.Downloading.Sites;

/// <summary>The download engine's HTTP as a site handler uses it: the job's bandwidth rules, cookies, domain and URL-class headers apply.</summary>
public interface ISiteHttp
{
    /// <summary>GETs <paramref name="url"/>; network failures (and error statuses) throw the network's exception.</summary>
    Task<SiteHttpAnswer> GetAsync(string url, IReadOnlyDictionary<string, string> headers, CancellationToken cancellationToken);
}

/// <summary>A response: status, headers (content type), body.</summary>
public sealed record SiteHttpAnswer(int StatusCode, IReadOnlyDictionary<string, string> Headers, byte[] Body);
