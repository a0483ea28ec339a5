namespace HydraEngine.Network.Headers;

/// <summary>
/// Headers set at run time, globally (domain null) or per domain ("www" is not special: set the domain you mean);
/// they override the configured global headers and domain metadata headers of the same name and are kept in the
/// state database when there is one. An empty value removes a header. Safe to use from any thread.
/// </summary>
public sealed class NetworkHeaders
{
    private readonly Dictionary<string, Dictionary<string, NetworkHeader>> byDomain = new(StringComparer.Ordinal);
    private readonly HeaderStore? store;

    internal NetworkHeaders(HeaderStore? store)
    {
        this.store = store;
        foreach (var (domain, header) in store?.LoadAll() ?? [])
        {
            Slot(domain)[header.Name] = header;
        }
    }

    /// <summary>The headers of one domain, or the global ones for null.</summary>
    public IReadOnlyList<NetworkHeader> List(string? domain = null)
    {
        lock (byDomain)
        {
            return byDomain.TryGetValue(Key(domain), out var headers)
                ? headers.Values.OrderBy(header => header.Name, StringComparer.OrdinalIgnoreCase).ToList()
                : [];
        }
    }

    /// <summary>Sets (or, with an empty value, removes) headers of one domain or, for null, global ones.</summary>
    public void Set(string? domain, IEnumerable<NetworkHeader> headers)
    {
        var key = Key(domain);
        lock (byDomain)
        {
            var slot = Slot(key);
            var list = headers.ToList();
            foreach (var header in list)
            {
                if (header.Value.Length == 0)
                {
                    slot.Remove(header.Name);
                }
                else
                {
                    slot[header.Name] = header;
                }
            }

            store?.Save(key, list);
        }
    }

    /// <summary>Approved headers that apply to <paramref name="domain"/> (null: the global ones).</summary>
    internal IReadOnlyList<NetworkHeader> Applicable(string? domain)
    {
        lock (byDomain)
        {
            return byDomain.TryGetValue(Key(domain), out var headers) ? headers.Values.Where(header => header.Approved).ToList() : [];
        }
    }

    private Dictionary<string, NetworkHeader> Slot(string key)
    {
        if (!byDomain.TryGetValue(key, out var slot))
        {
            slot = new Dictionary<string, NetworkHeader>(StringComparer.OrdinalIgnoreCase);
            byDomain[key] = slot;
        }

        return slot;
    }

    private static string Key(string? domain) => domain?.Trim().ToLowerInvariant() ?? "";
}
