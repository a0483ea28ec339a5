using HydraEngine.Imaging.Jpeg;
using HydraEngine.Storage.Files;

namespace HydraEngine.Storage.Duplicates;

/// <summary>What the comparison statements look at of one file of a pair.</summary>
public sealed record ComparisonFile(
    FileHash Hash,
    FileMime Mime,
    long Size,
    int? Width,
    int? Height,
    long? DurationMs,
    int TagCount,
    DateTimeOffset? ImportTime,
    byte[]? PixelHash,
    JpegQuality? JpegQuality)
{
    public bool HasResolution => Width is > 0 && Height is > 0;
}

/// <summary>hydrus's comparison scores (its options' defaults): how much each advantage counts.</summary>
public sealed record ComparisonScores(
    int HigherFileSize = 10,
    int MuchHigherFileSize = 20,
    int HigherResolution = 20,
    int MuchHigherResolution = 50,
    int MoreTags = 8,
    int Older = 4,
    int NicerRatio = 10,
    int HigherJpegQuality = 10,
    int MuchHigherJpegQuality = 20)
{
    public static ComparisonScores Default { get; } = new();
}
