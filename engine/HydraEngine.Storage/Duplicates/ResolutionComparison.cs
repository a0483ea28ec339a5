namespace HydraEngine.Storage.Duplicates;

/// <summary>Resolution by pixel count: more pixels scores "higher", more than twice as many "much higher"; an odd side is marked unusual.</summary>
internal sealed class ResolutionComparison : IComparisonRule
{
    public ComparisonStatement? Compare(ComparisonContext context)
    {
        var (a, b) = (context.A, context.B);
        if (!a.HasResolution || !b.HasResolution)
        {
            return null;
        }

        if (a.Width == b.Width && a.Height == b.Height)
        {
            return new ComparisonStatement("resolution", $"both {a.Width}×{a.Height}", 0);
        }

        var ratio = (double)a.Width!.Value * a.Height!.Value / ((double)b.Width!.Value * b.Height!.Value);
        var scores = context.Scores;
        var (relation, score) = ratio switch
        {
            1.0 => ("≠", 0),
            > 2.0 => (">>", scores.MuchHigherResolution),
            > 1.0 => (">", scores.HigherResolution),
            < 0.5 => ("<<", -scores.MuchHigherResolution),
            _ => ("<", -scores.HigherResolution),
        };
        return new ComparisonStatement("resolution", $"{Describe(a)} {relation} {Describe(b)}", score);
    }

    private static string Describe(ComparisonFile file) =>
        $"{file.Width}×{file.Height}" + (file.Width % 2 == 1 || file.Height % 2 == 1 ? " (odd)" : "");
}
