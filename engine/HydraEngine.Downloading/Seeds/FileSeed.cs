namespace HydraEngine.Downloading.Seeds;

/// <summary>
/// One entry of a file log (hydrus's FileSeed): a post or file URL, where it stands, and what is known about
/// the file. <see cref="Url"/> is the for-server normalised URL; <see cref="IdentityUrl"/> (ordinary
/// normalisation: ephemeral tokens and unknown parameters removed) makes two seeds the same seed.
/// </summary>
public sealed record FileSeed
{
    public long Id { get; init; }

    public required string Url { get; init; }

    public required string IdentityUrl { get; init; }

    public SeedStatus Status { get; init; }

    public string Note { get; init; } = "";

    /// <summary>Unix seconds when the seed was added.</summary>
    public long Created { get; init; }

    public long Modified { get; init; }

    public string? Referral { get; init; }

    public SeedMetadata Metadata { get; init; } = SeedMetadata.Empty;

    /// <summary>SHA-256 (hex) of the stored file once imported, or of the known file it was matched to.</summary>
    public string? FileHash { get; init; }

    /// <summary>For checker maths: the source time, or when the seed was added minus 30 s.</summary>
    public long SourceTimestamp => Metadata.SourceTime ?? Created - 30;
}
