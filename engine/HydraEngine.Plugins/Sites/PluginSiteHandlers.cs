using HydraEngine.Abstractions;
using HydraEngine.Plugins.Loading;

namespace HydraEngine.Plugins.Sites;

/// <summary>
/// Site handlers by URL class: for URLs no declarative parser can handle, the first enabled plugin (in id order)
/// that handles the URL's class fetches and parses it, through the host's HTTP client.
/// </summary>
public sealed class PluginSiteHandlers
{
    private readonly PluginHost host;

    internal PluginSiteHandlers(PluginHost host) => this.host = host;

    /// <summary>The URL classes some enabled plugin handles.</summary>
    public IReadOnlyList<string> UrlClasses => host.Active.SelectMany(plugin => plugin.Extensions.SiteHandlers).Select(handler => handler.UrlClass).Distinct().Order(StringComparer.Ordinal).ToArray();

    public bool Handles(string urlClass) => Find(urlClass) is not null;

    /// <summary>
    /// Fetches and parses <paramref name="url"/> with the handler of <paramref name="urlClass"/>. Throws
    /// <see cref="PluginException"/> when no plugin handles the class, the network failed, the handler rejected the
    /// URL, or the handler misbehaved (it is then disabled).
    /// </summary>
    public async Task<SiteResult> FetchAsync(string urlClass, string url, IPluginHttp http, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(http);
        var (plugin, handler) = Find(urlClass)
            ?? throw new PluginException("", $"no enabled plugin handles the URL class \"{urlClass}\".", pluginDisabled: false);
        var guarded = new GuardedHttp(http);
        var request = new SiteRequest(url, urlClass);
        return await host.Calls.RunAsync(
            plugin,
            $"the site handler for \"{urlClass}\"",
            host.Options.SiteTimeout,
            token => handler.Handler.FetchAsync(request, guarded, token),
            guarded.CameFromNetwork,
            CheckResult,
            cancellationToken).ConfigureAwait(false);
    }

    private (LoadedPlugin Plugin, RegisteredSiteHandler Handler)? Find(string urlClass)
    {
        foreach (var plugin in host.Active)
        {
            if (plugin.Extensions.SiteHandlers.FirstOrDefault(handler => handler.UrlClass == urlClass) is { } handler)
            {
                return (plugin, handler);
            }
        }

        return null;
    }

    private static string? CheckResult(SiteResult? result)
    {
        if (result is null)
        {
            return "returned null instead of a result";
        }

        IReadOnlyList<string>?[] lists = [result.FileUrls, result.PostUrls, result.NextPageUrls, result.Tags];
        return lists.Any(list => list is null || list.Any(item => item is null)) ? "returned a result with a null list or a null item" : null;
    }
}
