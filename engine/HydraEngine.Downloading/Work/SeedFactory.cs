using HydraEngine.Downloading.Seeds;
using HydraEngine.Matching.Domains;

namespace HydraEngine.Downloading.Work;

/// <summary>New seeds with hydrus's URL forms: stored for the server, identified by ordinary normalisation.</summary>
internal static class SeedFactory
{
    public static FileSeed FileSeed(string url, DomainManager domains, long now, string? referral = null, SeedMetadata? metadata = null) => new()
    {
        Url = domains.NormaliseUrl(url, forServer: true),
        IdentityUrl = domains.NormaliseUrl(url),
        Created = now,
        Modified = now,
        Referral = referral,
        Metadata = metadata ?? SeedMetadata.Empty,
    };

    public static GallerySeed GallerySeed(string url, DomainManager domains, long now, bool canGenerateMorePages = true, string? referral = null, IReadOnlyList<string>? externalTags = null) => new()
    {
        Url = domains.NormaliseUrl(url, forServer: true),
        Created = now,
        Modified = now,
        CanGenerateMorePages = canGenerateMorePages,
        Referral = referral,
        ExternalTags = externalTags ?? [],
    };
}
