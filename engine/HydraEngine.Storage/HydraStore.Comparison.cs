using HydraEngine.Imaging.Jpeg;
using HydraEngine.Storage.Duplicates;
using HydraEngine.Storage.Files;

namespace HydraEngine.Storage;

/// <summary>hydrus's comparison statements for a pair of stored files.</summary>
public sealed partial class HydraStore
{
    /// <summary>Each aspect of A against B with its score (hydrus's defaults unless <paramref name="scores"/>), and which looks better.</summary>
    public DuplicateComparison CompareDuplicates(FileHash a, FileHash b, ComparisonScores? scores = null) =>
        ComparisonRules.Compare(ComparisonFacts(a), ComparisonFacts(b), scores ?? ComparisonScores.Default);

    private ComparisonFile ComparisonFacts(FileHash hash)
    {
        var hashId = RequireHashId(hash);
        var report = GetFile(hash)!;
        var metadata = report.Metadata ?? throw new StoreException($"the store has no file information for {hash.ToHex()}");
        var jpeg = metadata.Mime == FileMime.ImageJpeg && report.Path is { } path && File.Exists(path) ? JpegQualityReader.Read(path) : null;
        return new ComparisonFile(
            hash,
            metadata.Mime,
            metadata.Size,
            metadata.Media.Width,
            metadata.Media.Height,
            metadata.Media.DurationMs,
            report.AllDisplayTags.Count,
            report.ImportTime,
            parts.SimilarFiles.PixelHashOf(hashId),
            jpeg);
    }
}
