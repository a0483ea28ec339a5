namespace HydraEngine.Downloading.Seeds;

/// <summary>
/// What a post page said about a file (semantics.md §6): tags (a union), notes by name (later wins), hashes by type
/// (first kept), source and primary URLs, request headers for the file, a source time (earliest sensible wins)
/// and a title. Immutable; merging makes a new value.
/// </summary>
public sealed record SeedMetadata
{
    public static SeedMetadata Empty { get; } = new();

    public IReadOnlyList<string> Tags { get; init; } = [];

    public IReadOnlyDictionary<string, string> Notes { get; init; } = new Dictionary<string, string>();

    /// <summary>Lower-case hex by hydrus hash type (md5, sha1, sha256, sha512).</summary>
    public IReadOnlyDictionary<string, string> Hashes { get; init; } = new Dictionary<string, string>();

    public IReadOnlyList<string> SourceUrls { get; init; } = [];

    /// <summary>The gallery/post URLs this file came through (stored with the file).</summary>
    public IReadOnlyList<string> PrimaryUrls { get; init; } = [];

    public IReadOnlyDictionary<string, string> Headers { get; init; } = new Dictionary<string, string>();

    /// <summary>Tags for named tag services given with the URL (the Client API's additional tags), added as they are.</summary>
    public IReadOnlyDictionary<string, IReadOnlyList<string>> ServiceTags { get; init; } = new Dictionary<string, IReadOnlyList<string>>();

    /// <summary>Unix seconds.</summary>
    public long? SourceTime { get; init; }

    public string? Title { get; init; }

    /// <summary>This metadata with <paramref name="other"/> merged in by hydrus's rules.</summary>
    public SeedMetadata Merge(SeedMetadata other, long now)
    {
        var notes = new Dictionary<string, string>(Notes, StringComparer.Ordinal);
        foreach (var (name, text) in other.Notes)
        {
            notes[name] = text;
        }

        var hashes = new Dictionary<string, string>(Hashes, StringComparer.Ordinal);
        foreach (var (type, value) in other.Hashes)
        {
            hashes.TryAdd(type, value);
        }

        var headers = new Dictionary<string, string>(Headers, StringComparer.Ordinal);
        foreach (var (name, value) in other.Headers)
        {
            headers[name] = value;
        }

        var serviceTags = new Dictionary<string, IReadOnlyList<string>>(ServiceTags, StringComparer.Ordinal);
        foreach (var (service, tags) in other.ServiceTags)
        {
            serviceTags[service] = serviceTags.TryGetValue(service, out var existing) ? existing.Concat(tags).Distinct(StringComparer.Ordinal).ToList() : tags;
        }

        return new SeedMetadata
        {
            Tags = Tags.Concat(other.Tags).Distinct(StringComparer.Ordinal).ToList(),
            Notes = notes,
            Hashes = hashes,
            SourceUrls = SourceUrls.Concat(other.SourceUrls).Distinct(StringComparer.Ordinal).ToList(),
            PrimaryUrls = PrimaryUrls.Concat(other.PrimaryUrls).Distinct(StringComparer.Ordinal).ToList(),
            Headers = headers,
            ServiceTags = serviceTags,
            SourceTime = EarlierSensible(SourceTime, other.SourceTime, now),
            Title = other.Title ?? Title,
        };
    }

    /// <summary>
    /// hydrus keeps a source time only if it is more than 7 days after the epoch, caps it at now − 30 s, and only
    /// ever replaces one with an earlier one.
    /// </summary>
    public static long? EarlierSensible(long? current, long? candidate, long now)
    {
        if (candidate is not { } value || value <= 7 * 86400)
        {
            return current;
        }

        value = Math.Min(value, now - 30);
        return current is { } existing && existing <= value ? existing : value;
    }
}
