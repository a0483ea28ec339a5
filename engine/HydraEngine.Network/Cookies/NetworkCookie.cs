namespace HydraEngine.Network.Cookies;

/// <summary>
/// A cookie as the engine keeps it. <see cref="Domain"/> follows Python's cookie jar (and so hydrus): a leading dot
/// (".example.com") means the domain and its subdomains; no dot means that host alone. No port.
/// </summary>
public sealed record NetworkCookie(string Name, string Value, string Domain, string Path = "/")
{
    /// <summary>When it expires; null for a session cookie (kept until cleared).</summary>
    public DateTimeOffset? Expires { get; init; }

    public bool Secure { get; init; }

    public bool HttpOnly { get; init; }

    /// <summary>hydrus <c>CookieDomainMatches</c>: "a.com" for a.com; ".a.com" for a.com and any subdomain of it.</summary>
    public bool DomainMatches(string host)
    {
        var cookieDomain = Domain.ToLowerInvariant();
        host = host.ToLowerInvariant();
        return cookieDomain == host
            || cookieDomain == "." + host
            || (cookieDomain.StartsWith('.') && host.EndsWith(cookieDomain, StringComparison.Ordinal));
    }

    /// <summary>RFC 6265 path-match: the same path, or below it.</summary>
    public bool PathMatches(string requestPath)
    {
        if (requestPath == Path || Path == "/")
        {
            return true;
        }

        return requestPath.StartsWith(Path, StringComparison.Ordinal)
            && (Path.EndsWith('/') || requestPath[Path.Length] == '/');
    }

    public bool IsExpired(DateTimeOffset now) => Expires is { } expires && expires <= now;
}
