using HydraEngine.Model.Text;

namespace HydraEngine.Network.Domains;

/// <summary>The domain of a request URL as hydrus names it (its netloc), and the host cookies match; the rest is <see cref="HydrusDomains"/>.</summary>
internal static class DomainNames
{
    /// <summary><c>ConvertURLIntoDomain</c>: the netloc, e.g. "img.example.com" or "127.0.0.1:8089".</summary>
    public static string Of(Uri url) => url.Authority.ToLowerInvariant();

    /// <summary>The host a cookie is matched against: the domain without its port.</summary>
    public static string HostOf(Uri url) => url.IdnHost.ToLowerInvariant();

    public static bool IsAddressLike(string domain) => HydrusDomains.IsAddressLike(domain);

    public static string SecondLevel(string domain) => HydrusDomains.SecondLevel(domain);

    public static string WithoutWww(string domain) => HydrusDomains.WithoutWww(domain);

    public static IReadOnlyList<string> AllApplicable(string domain) => HydrusDomains.AllApplicable(domain);
}
