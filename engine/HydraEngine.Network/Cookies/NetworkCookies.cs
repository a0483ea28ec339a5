namespace HydraEngine.Network.Cookies;

/// <summary>
/// The engine's cookie jar: cookies kept from Set-Cookie answers, imported or set by hand, sent on every matching
/// request and saved in the state database when there is one. Safe to use from any thread.
/// </summary>
public sealed class NetworkCookies
{
    private readonly Dictionary<(string Domain, string Path, string Name), NetworkCookie> cookies = [];
    private readonly CookieStore? store;
    private readonly TimeProvider clock;

    internal NetworkCookies(CookieStore? store, TimeProvider clock)
    {
        this.store = store;
        this.clock = clock;
        foreach (var cookie in store?.LoadAll() ?? [])
        {
            cookies[KeyOf(cookie)] = cookie;
        }
    }

    /// <summary>Every live cookie, or those hydrus would see for <paramref name="domain"/> (a port is ignored).</summary>
    public IReadOnlyList<NetworkCookie> List(string? domain = null)
    {
        var now = clock.GetUtcNow();
        var host = domain is null ? null : StripPort(domain);
        lock (cookies)
        {
            return cookies.Values
                .Where(cookie => !cookie.IsExpired(now) && (host is null || cookie.DomainMatches(host)))
                .OrderBy(cookie => cookie.Domain, StringComparer.Ordinal).ThenBy(cookie => cookie.Name, StringComparer.Ordinal)
                .ToList();
        }
    }

    /// <summary>Adds or replaces cookies (same domain, path and name); an expired one removes its namesake.</summary>
    public void Set(params IEnumerable<NetworkCookie> toSet)
    {
        var now = clock.GetUtcNow();
        var upserts = new List<NetworkCookie>();
        var removals = new List<NetworkCookie>();
        lock (cookies)
        {
            foreach (var cookie in toSet)
            {
                if (cookie.IsExpired(now))
                {
                    if (cookies.Remove(KeyOf(cookie)))
                    {
                        removals.Add(cookie);
                    }
                }
                else
                {
                    cookies[KeyOf(cookie)] = cookie;
                    upserts.Add(cookie);
                }
            }

            store?.Save(upserts, removals);
        }
    }

    /// <summary>Removes every cookie, or those hydrus would see for <paramref name="domain"/>; returns how many.</summary>
    public int Clear(string? domain = null)
    {
        var host = domain is null ? null : StripPort(domain);
        lock (cookies)
        {
            var removals = cookies.Values.Where(cookie => host is null || cookie.DomainMatches(host)).ToList();
            foreach (var cookie in removals)
            {
                cookies.Remove(KeyOf(cookie));
            }

            store?.Save([], removals);
            return removals.Count;
        }
    }

    /// <summary>The Cookie header for a request, or null when no cookie applies.</summary>
    internal string? HeaderFor(Uri url)
    {
        var host = url.IdnHost.ToLowerInvariant();
        var path = string.IsNullOrEmpty(url.AbsolutePath) ? "/" : url.AbsolutePath;
        var secure = url.Scheme == Uri.UriSchemeHttps;
        var matching = List()
            .Where(cookie => cookie.DomainMatches(host) && cookie.PathMatches(path) && (secure || !cookie.Secure))
            .OrderByDescending(cookie => cookie.Path.Length)
            .Select(cookie => cookie.Name + "=" + cookie.Value)
            .ToList();
        return matching.Count == 0 ? null : string.Join("; ", matching);
    }

    /// <summary>Keeps the cookies an answer from <paramref name="url"/> set.</summary>
    internal void KeepFromAnswer(Uri url, IEnumerable<string> setCookieHeaders)
    {
        var now = clock.GetUtcNow();
        Set(setCookieHeaders.Select(header => SetCookieParser.Parse(header, url, now)).OfType<NetworkCookie>().ToList());
    }

    private static (string, string, string) KeyOf(NetworkCookie cookie) => (cookie.Domain.ToLowerInvariant(), cookie.Path, cookie.Name);

    private static string StripPort(string domain)
    {
        var colon = domain.LastIndexOf(':');
        return (colon > 0 && !domain.EndsWith(']') && domain.IndexOf(':') == colon ? domain[..colon] : domain).ToLowerInvariant();
    }
}
