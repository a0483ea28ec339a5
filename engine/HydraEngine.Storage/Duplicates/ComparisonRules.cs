namespace HydraEngine.Storage.Duplicates;

/// <summary>The comparison statements, in the order hydrus shows them (its fast ones, then the JPEG ones it computes later).</summary>
internal static class ComparisonRules
{
    public static IReadOnlyList<IComparisonRule> All { get; } =
    [
        new PixelDuplicateComparison(),
        new FileSizeComparison(),
        new ResolutionComparison(),
        new RatioComparison(),
        new FileTypeComparison(),
        new TagCountComparison(),
        new ImportTimeComparison(),
        new DurationComparison(),
        new JpegSubsamplingComparison(),
        new JpegQualityComparison(),
    ];

    /// <summary>Whether two files are hydrus's pixel duplicates: both hashed, same resolution, same pixel hash.</summary>
    public static bool ArePixelDuplicates(ComparisonFile a, ComparisonFile b) =>
        a.PixelHash is not null && b.PixelHash is not null && a.Width == b.Width && a.Height == b.Height && a.PixelHash.AsSpan().SequenceEqual(b.PixelHash);

    public static DuplicateComparison Compare(ComparisonFile a, ComparisonFile b, ComparisonScores scores)
    {
        var context = new ComparisonContext(a, b, ArePixelDuplicates(a, b), scores);
        return new DuplicateComparison(a.Hash, b.Hash, context.PixelDuplicates, All.Select(rule => rule.Compare(context)).OfType<ComparisonStatement>().ToList());
    }
}
