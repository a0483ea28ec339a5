using HydraEngine.Imaging.Jpeg;

namespace HydraEngine.Storage.Duplicates;

/// <summary>Two JPEGs' chroma subsampling: the one keeping more colour scores 10, unless either is greyscale.</summary>
internal sealed class JpegSubsamplingComparison : IComparisonRule
{
    private const int BetterSubsampling = 10;

    public ComparisonStatement? Compare(ComparisonContext context)
    {
        if (context.A.JpegQuality?.Subsampling is not { } a || context.B.JpegQuality?.Subsampling is not { } b)
        {
            return null;
        }

        var (factorA, factorB) = (JpegSubsamplings.QualityFactor(a), JpegSubsamplings.QualityFactor(b));
        if (factorA == factorB)
        {
            return new ComparisonStatement("jpeg_subsampling", $"both {JpegSubsamplings.Label(a)}", 0);
        }

        var score = a == JpegSubsampling.Greyscale || b == JpegSubsampling.Greyscale ? 0 : factorA > factorB ? BetterSubsampling : -BetterSubsampling;
        return new ComparisonStatement("jpeg_subsampling", $"{JpegSubsamplings.Label(a)} vs {JpegSubsamplings.Label(b)}", score);
    }
}
