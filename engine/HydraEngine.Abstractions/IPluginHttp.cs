namespace HydraEngine.Abstractions;

/// <summary>The host's HTTP client as plugins see it.</summary>
public interface IPluginHttp
{
    /// <summary>GETs a URL. Non-success statuses are returned, not thrown; network failures throw.</summary>
    /// <param name="url">An absolute http or https URL.</param>
    /// <param name="headers">Extra request headers (may be empty).</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    /// <returns>The response, with its whole body.</returns>
    Task<PluginHttpResponse> GetAsync(string url, IReadOnlyDictionary<string, string> headers, CancellationToken cancellationToken);
}

/// <summary>An HTTP response.</summary>
/// <param name="StatusCode">The status code, e.g. 200.</param>
/// <param name="Headers">Response and content headers; several values of one header are joined with ", ". Names compare case-insensitively.</param>
/// <param name="Body">The body bytes.</param>
public sealed record PluginHttpResponse(int StatusCode, IReadOnlyDictionary<string, string> Headers, byte[] Body)
{
    /// <summary>The body decoded as UTF-8.</summary>
    public string Text => System.Text.Encoding.UTF8.GetString(Body);
}
