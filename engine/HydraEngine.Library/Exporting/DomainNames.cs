using HydraEngine.Model.Text;

namespace HydraEngine.Library.Exporting;

/// <summary>The domain (netloc) of a URL for export grouping, or null for a URL that is not full; the domain maths is <see cref="HydrusDomains"/>.</summary>
internal static class DomainNames
{
    public static string? DomainOf(string url) => HydrusUrls.LooksLikeAFullUrl(url) ? HydrusUrls.Parse(url).Netloc : null;
}
