using HydraEngine.Model.Text;

namespace HydraEngine.Network.Domains;

/// <summary>The domain of a request URL as hydrus names it (its netloc), and the host cookies match; the rest is <see cref="HydrusDomains"/>.</summary>
internal static class DomainNames
{
    /// <summary><c>ConvertURLIntoDomain</c>: the netloc, e.g. "img.example.com" or "127.0.0.1:8089".</summary>
    public static string Of(Uri url) => url.Authority.ToLowerInvariant();

    /// <summary>The host a cookie is matched against: the domain without its port.</summary>
    public static string HostOf(Uri url) => url.IdnHost.ToLowerInvariant();
}
