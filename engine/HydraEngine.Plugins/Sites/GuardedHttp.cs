using System.Collections.Concurrent;
using HydraEngine.Abstractions;

namespace HydraEngine.Plugins.Sites;

/// <summary>
/// The host's <see cref="IPluginHttp"/> as one site handler call sees it. It remembers the failures that came from
/// the network, so a handler that lets one through is not blamed (and disabled) for it; a bad request from the
/// handler (no URL, not http) is the handler's own fault.
/// </summary>
internal sealed class GuardedHttp(IPluginHttp inner) : IPluginHttp
{
    private readonly ConcurrentBag<Exception> networkFailures = [];

    public async Task<PluginHttpResponse> GetAsync(string url, IReadOnlyDictionary<string, string> headers, CancellationToken cancellationToken)
    {
        if (!Uri.TryCreate(url, UriKind.Absolute, out var uri) || (uri.Scheme != Uri.UriSchemeHttp && uri.Scheme != Uri.UriSchemeHttps))
        {
            throw new ArgumentException($"a site handler asked to GET \"{url}\", which is not an absolute http(s) URL.", nameof(url));
        }

        try
        {
            return await inner.GetAsync(url, headers ?? new Dictionary<string, string>(), cancellationToken).ConfigureAwait(false);
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            networkFailures.Add(exception);
            throw;
        }
    }

    /// <summary>Whether <paramref name="exception"/> is (or wraps) a failure that came from the network.</summary>
    public bool CameFromNetwork(Exception exception)
    {
        for (var current = exception; current is not null; current = current.InnerException)
        {
            if (networkFailures.Contains(current))
            {
                return true;
            }
        }

        return false;
    }
}
