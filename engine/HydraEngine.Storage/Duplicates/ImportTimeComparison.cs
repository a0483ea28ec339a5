namespace HydraEngine.Storage.Duplicates;

/// <summary>Import time: the older file scores "older" when the two are at least 30 days apart; pixel duplicates score 0.</summary>
internal sealed class ImportTimeComparison : IComparisonRule
{
    private static readonly TimeSpan OneMonth = TimeSpan.FromDays(30);

    public ComparisonStatement? Compare(ComparisonContext context)
    {
        if (context.A.ImportTime is not { } a || context.B.ImportTime is not { } b)
        {
            return null;
        }

        // hydrus compares whole seconds.
        var (secondsA, secondsB) = (a.ToUnixTimeSeconds(), b.ToUnixTimeSeconds());
        var older = secondsA < secondsB;
        var close = Math.Abs(secondsA - secondsB) < OneMonth.TotalSeconds;
        var score = close || context.PixelDuplicates ? 0 : older ? context.Scores.Older : -context.Scores.Older;
        var relation = (close ? "slightly " : "") + (older ? "older than" : "newer than");
        return new ComparisonStatement("time_imported", $"imported {a:yyyy-MM-dd HH:mm}, {relation} {b:yyyy-MM-dd HH:mm}", score);
    }
}
