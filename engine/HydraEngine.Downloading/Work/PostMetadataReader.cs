using HydraEngine.Downloading.Seeds;
using HydraEngine.Matching.Domains;
using HydraEngine.Model.Parsing;
using HydraEngine.Model.Text;
using HydraEngine.Parsing.Content;
using HydraEngine.Parsing.Results;

namespace HydraEngine.Downloading.Work;

/// <summary>Turns one parsed post into file seed metadata (semantics.md §6, "file seed metadata rules").</summary>
internal static class PostMetadataReader
{
    private static readonly HashSet<UrlContentType> Desired = [UrlContentType.Desired];
    private static readonly HashSet<UrlContentType> Sources = [UrlContentType.Source];

    public static IReadOnlyList<string> DesiredUrls(ParsedPost post) => ParsedPostReader.Urls(post.Contents, Desired, topPriorityOnly: true);

    public static IReadOnlyList<string> TopUrls(ParsedPost post, UrlContentType type) => ParsedPostReader.Urls(post.Contents, new HashSet<UrlContentType> { type }, topPriorityOnly: true);

    /// <summary>The post's metadata; <paramref name="exclude"/> are the seed's own, referral and primary URLs.</summary>
    public static SeedMetadata Read(ParsedPost post, DomainManager domains, IReadOnlyCollection<string> exclude, TimeProvider clock, string? title)
    {
        var contents = PostContents.Of(post.Contents);
        var notes = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (name, text) in contents.Notes)
        {
            notes[name] = text;
        }

        var hashes = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (type, hex) in contents.Hashes)
        {
            hashes.TryAdd(type, hex);
        }

        var now = clock.GetUtcNow().ToUnixTimeSeconds();
        return new SeedMetadata
        {
            Tags = contents.Tags.ToList(),
            Notes = notes,
            Hashes = hashes,
            SourceUrls = SourceUrls(contents.Urls(Sources, topPriorityOnly: false), domains, exclude),
            Headers = contents.Headers,
            SourceTime = SeedMetadata.EarlierSensible(null, contents.SourceTime(clock), now),
            Title = title,
        };
    }

    /// <summary>Normalised full URLs whose class keeps URLs with files, minus the seed's own and same-site loops.</summary>
    public static IReadOnlyList<string> SourceUrls(IEnumerable<string> candidates, DomainManager domains, IReadOnlyCollection<string> exclude)
    {
        var excluded = exclude.Where(HydrusUrls.LooksLikeAFullUrl).Select(url => domains.NormaliseUrl(url)).ToHashSet(StringComparer.Ordinal);
        var excludedClasses = exclude.Select(domains.GetUrlClass).OfType<Matching.UrlClasses.UrlClassEngine>().Select(engine => engine.Class.Key).ToHashSet(StringComparer.Ordinal);
        var result = new List<string>();
        foreach (var candidate in candidates)
        {
            if (!HydrusUrls.LooksLikeAFullUrl(candidate))
            {
                continue;
            }

            var normalised = domains.NormaliseUrl(candidate);
            var engine = domains.GetUrlClass(normalised);
            if (excluded.Contains(normalised) || (engine is not null && (!engine.Class.Options.ShouldBeAssociatedWithFiles || excludedClasses.Contains(engine.Class.Key))))
            {
                continue;
            }

            if (!result.Contains(normalised, StringComparer.Ordinal))
            {
                result.Add(normalised);
            }
        }

        return result;
    }
}
