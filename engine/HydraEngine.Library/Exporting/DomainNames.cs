using HydraEngine.Model.Text;

namespace HydraEngine.Library.Exporting;

/// <summary>hydrus's domain helpers without tldextract: the second-level domain is the last two labels.</summary>
internal static class DomainNames
{
    public static string? DomainOf(string url) => HydrusUrls.LooksLikeAFullUrl(url) ? HydrusUrls.Parse(url).Netloc : null;

    public static string SecondLevel(string domain)
    {
        while (domain.Count(character => character == '.') > 1)
        {
            domain = NextLevel(domain);
        }

        return domain;
    }

    /// <summary><c>ConvertDomainIntoAllApplicableDomains</c>: the domain without "www", then each parent down to the second level.</summary>
    public static IReadOnlyList<string> AllApplicable(string domain)
    {
        if (!domain.Contains('.') || domain.All(character => char.IsAsciiDigit(character) || character is '.' or ':'))
        {
            return [domain];
        }

        var secondLevel = SecondLevel(domain);
        if (domain != secondLevel && domain.Count(character => character == '.') > 1 && domain.StartsWith("www", StringComparison.Ordinal))
        {
            domain = NextLevel(domain);
        }

        var domains = new List<string>();
        while (domain.Contains('.'))
        {
            domains.Add(domain);
            if (domain == secondLevel)
            {
                break;
            }

            domain = NextLevel(domain);
        }

        return domains;
    }

    private static string NextLevel(string domain) => string.Join('.', domain.Split('.').Skip(1));
}
