namespace HydraEngine.Model.Text;

/// <summary>
/// hydrus's domain helpers (<c>ClientNetworkingFunctions</c>) without tldextract: a domain is a URL's netloc (host and
/// any explicit port); the second-level domain is its last two labels; IP addresses and single labels have no parents.
/// </summary>
public static class HydrusDomains
{
    /// <summary>IP addresses and single-label hosts (with or without a port) have no parents.</summary>
    public static bool IsAddressLike(string domain) =>
        !domain.Contains('.') || domain.All(character => char.IsAsciiDigit(character) || character is '.' or ':');

    public static string SecondLevel(string domain)
    {
        if (IsAddressLike(domain))
        {
            return domain;
        }

        while (domain.Count(character => character == '.') > 1)
        {
            domain = NextLevel(domain);
        }

        return domain;
    }

    /// <summary><c>RemoveWWWFromDomain</c>: "www.example.com" → "example.com", but "www.com" stays.</summary>
    public static string WithoutWww(string domain) =>
        !IsAddressLike(domain) && domain != SecondLevel(domain) && domain.Count(character => character == '.') > 1 && domain.StartsWith("www", StringComparison.Ordinal)
            ? NextLevel(domain)
            : domain;

    /// <summary>
    /// <c>ConvertDomainIntoAllApplicableDomains</c>: the domain without "www", then each parent down to the second
    /// level — the order headers are applied in, so a parent's header wins over a subdomain's.
    /// </summary>
    public static IReadOnlyList<string> AllApplicable(string domain)
    {
        if (IsAddressLike(domain))
        {
            return [domain];
        }

        var secondLevel = SecondLevel(domain);
        domain = WithoutWww(domain);
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

    private static string NextLevel(string domain) => domain[(domain.IndexOf('.', StringComparison.Ordinal) + 1)..];
}
