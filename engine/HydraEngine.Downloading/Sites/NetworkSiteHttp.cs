using HydraEngine.Downloading.Work;
using HydraEngine.Matching.Domains;
using HydraEngine.Network;

namespace HydraEngine.Downloading.Sites;

/// <summary><see cref="ISiteHttp"/> over the download engine's network, within one job (so its bandwidth and politeness count).</summary>
internal sealed class NetworkSiteHttp(INetworkEngine network, DomainManager domains, string? referral, NetworkJobContext job) : ISiteHttp
{
    public async Task<SiteHttpAnswer> GetAsync(string url, IReadOnlyDictionary<string, string> headers, CancellationToken cancellationToken)
    {
        var page = await network.FetchPageAsync(PageFetcher.Request(domains, url, referral, headers, job), cancellationToken).ConfigureAwait(false);
        var answerHeaders = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        if (page.ContentType is { } type)
        {
            answerHeaders["Content-Type"] = page.Charset is { } charset ? $"{type}; charset={charset}" : type;
        }

        return new SiteHttpAnswer(page.StatusCode, answerHeaders, page.Body);
    }
}
