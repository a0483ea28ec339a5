using System.Runtime.ExceptionServices;
using HydraEngine.Abstractions;
using HydraEngine.Downloading.Sites;
using HydraEngine.Network;
using HydraEngine.Plugins;
using HydraEngine.Plugins.Sites;

namespace HydraEngine.Host.Plugins;

/// <summary>
/// The download engine's site page source over the engine's plugin site handlers: a handler's HTTP goes through the
/// download job's network (bandwidth, cookies, headers), and a network failure inside a handler comes out as the
/// network's own exception, so the seed is deferred, vetoed or retried exactly as for a declarative page.
/// </summary>
internal sealed class PluginSitePages(PluginSiteHandlers handlers) : ISitePageSource
{
    public bool Handles(string urlClass) => handlers.Handles(urlClass);

    public async Task<SitePage> FetchAsync(string urlClass, string url, ISiteHttp http, CancellationToken cancellationToken)
    {
        SiteResult result;
        try
        {
            result = await handlers.FetchAsync(urlClass, url, new DownloadPluginHttp(http), cancellationToken).ConfigureAwait(false);
        }
        catch (PluginException exception)
        {
            if (Network(exception) is { } network)
            {
                ExceptionDispatchInfo.Capture(network).Throw();
            }

            throw new SitePageException(exception.Message, exception);
        }

        return new SitePage
        {
            FileUrls = result.FileUrls,
            PostUrls = result.PostUrls,
            NextPageUrls = result.NextPageUrls,
            Tags = result.Tags,
            Title = result.Title,
        };
    }

    private static NetworkException? Network(Exception exception)
    {
        for (Exception? current = exception; current is not null; current = current.InnerException)
        {
            if (current is NetworkException network)
            {
                return network;
            }
        }

        return null;
    }

    /// <summary>The plugin contract's HTTP over the download job's.</summary>
    private sealed class DownloadPluginHttp(ISiteHttp http) : IPluginHttp
    {
        public async Task<PluginHttpResponse> GetAsync(string url, IReadOnlyDictionary<string, string> headers, CancellationToken cancellationToken)
        {
            var answer = await http.GetAsync(url, headers, cancellationToken).ConfigureAwait(false);
            return new PluginHttpResponse(answer.StatusCode, answer.Headers, answer.Body);
        }
    }
}
