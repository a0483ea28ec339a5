using System.Collections.Concurrent;

namespace HydraEngine.Network.Limits;

/// <summary>
/// The largest page and file read from each domain: a domain's own limit, else its nearest parent domain's
/// (<c>img.example.com</c> falls back to <c>example.com</c>), else the user's default (<see cref="Default"/>), else the
/// engine's options. Kept in the state database when there is one, so `hydra limits set` holds for later runs.
/// </summary>
public sealed class SizeLimits
{
    /// <summary>The pseudo-domain whose limit applies wherever no domain's own does.</summary>
    public const string Default = "";

    private readonly ConcurrentDictionary<string, DomainSizeLimit> limits = new(StringComparer.OrdinalIgnoreCase);
    private readonly SizeLimitStore? store;
    private readonly NetworkOptions options;

    internal SizeLimits(NetworkOptions options, SizeLimitStore? store)
    {
        this.options = options;
        this.store = store;
        foreach (var limit in store?.LoadAll() ?? [])
        {
            limits[limit.Domain] = limit;
        }
    }

    /// <summary>Every limit set, the default ("") first.</summary>
    public IReadOnlyList<DomainSizeLimit> All() => [.. limits.Values.OrderBy(limit => limit.Domain, StringComparer.Ordinal)];

    /// <summary>Sets (or, with both sizes null, removes) the limits of <paramref name="domain"/>; sizes must be positive.</summary>
    public void Set(string domain, long? maxPageBytes, long? maxFileBytes)
    {
        if (maxPageBytes is < 1 || maxFileBytes is < 1)
        {
            throw new ArgumentException("a size limit must be at least 1 byte");
        }

        var key = Normalise(domain);
        if (maxPageBytes is null && maxFileBytes is null)
        {
            Remove(key);
            return;
        }

        var limit = new DomainSizeLimit(key, maxPageBytes, maxFileBytes);
        store?.Save(limit);
        limits[key] = limit;
    }

    /// <summary>Removes the limits of <paramref name="domain"/>; false when it had none.</summary>
    public bool Remove(string domain)
    {
        var key = Normalise(domain);
        store?.Remove(key);
        return limits.TryRemove(key, out _);
    }

    /// <summary>The page limit wherever no domain has its own: the user's default, else the engine's options.</summary>
    public long DefaultMaxPageBytes => Fallback(limit => limit.MaxPageBytes) ?? options.MaxPageBytes;

    /// <summary>The file limit wherever no domain has its own: the user's default, else the engine's options.</summary>
    public long DefaultMaxFileBytes => Fallback(limit => limit.MaxFileBytes) ?? options.MaxFileBytes;

    public long MaxPageBytesFor(Uri url) => Find(url, limit => limit.MaxPageBytes) ?? options.MaxPageBytes;

    public long MaxFileBytesFor(Uri url) => Find(url, limit => limit.MaxFileBytes) ?? options.MaxFileBytes;

    private long? Find(Uri url, Func<DomainSizeLimit, long?> size)
    {
        // a name falls back to its parent domains; an IP address stands alone
        var parents = url.HostNameType == UriHostNameType.Dns;
        for (var host = url.IdnHost; host.Length > 0; host = parents && host.IndexOf('.') is var dot and >= 0 ? host[(dot + 1)..] : "")
        {
            if (limits.TryGetValue(host, out var limit) && size(limit) is { } found)
            {
                return found;
            }
        }

        return Fallback(size);
    }

    private long? Fallback(Func<DomainSizeLimit, long?> size) => limits.TryGetValue(Default, out var fallback) ? size(fallback) : null;

    private static string Normalise(string domain)
    {
        var trimmed = domain.Trim().TrimEnd('.').ToLowerInvariant();
        if (trimmed.Length > 0 && Uri.CheckHostName(trimmed) == UriHostNameType.Unknown)
        {
            throw new ArgumentException($"\"{domain}\" is not a domain name (e.g. example.com)");
        }

        return trimmed;
    }
}
