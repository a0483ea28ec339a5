namespace HydraEngine.Storage.Duplicates;

/// <summary>
/// Aspect ratio, only when the resolutions differ: a file whose ratio is exactly one of hydrus's nice ratios
/// (1:1, 4:3, 5:4, 16:9, 21:9, 2.35:1, 9:16, 2:3, 4:5) scores over one whose ratio is not.
/// </summary>
internal sealed class RatioComparison : IComparisonRule
{
    private static readonly (double Ratio, string Name)[] NiceRatios =
    [
        (1.0, "1:1"), (4.0 / 3, "4:3"), (5.0 / 4, "5:4"), (16.0 / 9, "16:9"), (21.0 / 9, "21:9"), (47.0 / 20, "2.35:1"), (9.0 / 16, "9:16"), (2.0 / 3, "2:3"), (4.0 / 5, "4:5"),
    ];

    public ComparisonStatement? Compare(ComparisonContext context)
    {
        var (a, b) = (context.A, context.B);
        if (!a.HasResolution || !b.HasResolution || (a.Width == b.Width && a.Height == b.Height))
        {
            return null;
        }

        var (niceA, niceB) = (NiceName(a), NiceName(b));
        if (niceA is null && niceB is null)
        {
            return null;
        }

        var score = niceA is not null && niceB is not null ? 0 : niceA is not null ? context.Scores.NicerRatio : -context.Scores.NicerRatio;
        var text = niceA == niceB ? $"both {niceA}" : $"{niceA ?? "odd ratio"} {(score > 0 ? ">" : score < 0 ? "<" : "-")} {niceB ?? "odd ratio"}";
        return new ComparisonStatement("ratio", text, score);
    }

    /// <summary>The nice ratio's name when width / height is exactly it (as doubles, as hydrus compares), else null.</summary>
    private static string? NiceName(ComparisonFile file)
    {
        var ratio = (double)file.Width!.Value / file.Height!.Value;
        return NiceRatios.FirstOrDefault(nice => nice.Ratio == ratio).Name;
    }
}
