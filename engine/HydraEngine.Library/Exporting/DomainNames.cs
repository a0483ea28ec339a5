using HydraEngine.Model.Text;

namespace HydraEngine.Library.Exporting;

/// <summary>The domain of a URL for export grouping; the domain maths is <see cref="HydrusDomains"/>.</summary>
internal static class DomainNames
{
    public static string? DomainOf(string url) => HydrusUrls.LooksLikeAFullUrl(url) ? HydrusUrls.Parse(url).Netloc : null;

    public static string SecondLevel(string domain) => HydrusDomains.SecondLevel(domain);

    public static IReadOnlyList<string> AllApplicable(string domain) => HydrusDomains.AllApplicable(domain);
}
