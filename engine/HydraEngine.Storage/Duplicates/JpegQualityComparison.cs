namespace HydraEngine.Storage.Duplicates;

/// <summary>
/// Two JPEGs' estimated quality (lower estimate = finer quantisation): when the labels differ, the finer one scores
/// "higher jpeg quality", or "much higher" when the other's estimate is more than twice its own.
/// </summary>
internal sealed class JpegQualityComparison : IComparisonRule
{
    public ComparisonStatement? Compare(ComparisonContext context)
    {
        var (a, b) = (context.A.JpegQuality, context.B.JpegQuality);
        if (a?.Estimate is not > 0 || b?.Estimate is not > 0)
        {
            return null;
        }

        if (a.Label == b.Label)
        {
            return new ComparisonStatement("jpeg_quality", $"both {a.Label} quality", 0);
        }

        var ratio = b.Estimate.Value / a.Estimate.Value;
        var scores = context.Scores;
        var score = ratio switch
        {
            > 2.0 => scores.MuchHigherJpegQuality,
            > 1.0 => scores.HigherJpegQuality,
            < 0.5 => -scores.MuchHigherJpegQuality,
            _ => -scores.HigherJpegQuality,
        };
        return new ComparisonStatement("jpeg_quality", $"{a.Label} vs {b.Label} jpeg quality", score);
    }
}
