using HydraEngine.Model.Text;
using System.Text;
using HydraEngine.Model.Network;
using HydraEngine.Network.Domains;

namespace HydraEngine.Network.Headers;

/// <summary>
/// The request headers in hydrus's order, later sources overriding earlier ones (names compared without case):
/// configured global headers, then run-time global ones; the URL's domain ("www" removed), then each parent domain down to the second level (so a
/// parent wins over a subdomain); the URL class's overrides; Referer; the request's extra headers.
/// </summary>
internal sealed class HeaderComposer
{
    private readonly IReadOnlyList<KeyValuePair<string, string>> global;
    private readonly Dictionary<string, IReadOnlyList<CustomHeader>> byDomain = new(StringComparer.Ordinal);

    private readonly NetworkHeaders? runtime;

    public HeaderComposer(IReadOnlyList<KeyValuePair<string, string>> global, IEnumerable<DomainMetadataPackage> domainMetadata, NetworkHeaders? runtime = null)
    {
        this.global = global;
        this.runtime = runtime;
        foreach (var package in domainMetadata)
        {
            if (package.Headers is { } headers)
            {
                byDomain[package.Domain.ToLowerInvariant()] = headers.AsImmutableArray();
            }
        }
    }

    public IReadOnlyList<KeyValuePair<string, string>> Compose(Uri url, NetworkRequest request)
    {
        var headers = new OrderedHeaders();
        headers.SetAll(global);
        SetRuntime(headers, null);
        foreach (var domain in HydrusDomains.AllApplicable(DomainNames.Of(url)))
        {
            foreach (var header in byDomain.GetValueOrDefault(domain, []))
            {
                headers.Set(header.Name, header.Value);
            }

            SetRuntime(headers, domain);
        }

        headers.SetAll(request.UrlClassHeaders);
        if (!string.IsNullOrEmpty(request.Referral))
        {
            headers.Set("Referer", Latin1Safe(request.Referral));
        }

        headers.SetAll(request.ExtraHeaders);
        return headers.ToList();
    }

    private void SetRuntime(OrderedHeaders headers, string? domain)
    {
        foreach (var header in runtime?.Applicable(domain) ?? [])
        {
            headers.Set(header.Name, header.Value);
        }
    }

    /// <summary>A referrer with characters beyond Latin-1 gets those characters percent-encoded as UTF-8.</summary>
    internal static string Latin1Safe(string value)
    {
        if (value.All(character => character <= '\u00FF'))
        {
            return value;
        }

        var builder = new StringBuilder(value.Length + 16);
        Span<byte> bytes = stackalloc byte[4];
        foreach (var rune in value.EnumerateRunes())
        {
            if (rune.Value <= 0xFF)
            {
                builder.Append((char)rune.Value);
                continue;
            }

            var count = rune.EncodeToUtf8(bytes);
            foreach (var item in bytes[..count])
            {
                builder.Append('%').Append(item.ToString("X2", System.Globalization.CultureInfo.InvariantCulture));
            }
        }

        return builder.ToString();
    }

    /// <summary>Headers in first-set order; setting a name again replaces its value in place.</summary>
    private sealed class OrderedHeaders
    {
        private readonly List<KeyValuePair<string, string>> items = [];
        private readonly Dictionary<string, int> index = new(StringComparer.OrdinalIgnoreCase);

        public void Set(string name, string value)
        {
            if (index.TryGetValue(name, out var at))
            {
                items[at] = new(items[at].Key, value);
            }
            else
            {
                index[name] = items.Count;
                items.Add(new(name, value));
            }
        }

        public void SetAll(IEnumerable<KeyValuePair<string, string>> headers)
        {
            foreach (var (name, value) in headers)
            {
                Set(name, value);
            }
        }

        public List<KeyValuePair<string, string>> ToList() => [.. items];
    }
}
