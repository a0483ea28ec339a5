namespace HydraEngine.Downloading.Seeds;

/// <summary>
/// One entry of a gallery log (hydrus's GallerySeed): a gallery, watchable or sub-gallery URL to parse for file
/// URLs and next pages. A watcher's thread URL is a gallery seed that cannot generate more pages.
/// </summary>
public sealed record GallerySeed
{
    public long Id { get; init; }

    public required string Url { get; init; }

    public SeedStatus Status { get; init; }

    public string Note { get; init; } = "";

    public long Created { get; init; }

    public long Modified { get; init; }

    public bool CanGenerateMorePages { get; init; } = true;

    public string? Referral { get; init; }

    /// <summary>Tags inherited by every file found through this seed (a sub-gallery's post tags).</summary>
    public IReadOnlyList<string> ExternalTags { get; init; } = [];
}
