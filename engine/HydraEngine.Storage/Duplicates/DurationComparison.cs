using System.Globalization;

namespace HydraEngine.Storage.Duplicates;

/// <summary>Duration: the longer file scores 1 to 50 by how much longer ((longer / shorter − 1) · 50, whole, clamped); one-sided durations score 0.</summary>
internal sealed class DurationComparison : IComparisonRule
{
    public ComparisonStatement? Compare(ComparisonContext context)
    {
        var (a, b) = (context.A.DurationMs is > 0 ? context.A.DurationMs : null, context.B.DurationMs is > 0 ? context.B.DurationMs : null);
        if (a is null && b is null)
        {
            return null;
        }

        if (a is null || b is null)
        {
            return new ComparisonStatement("duration", a is null ? $"only the other has a duration ({Seconds(b!.Value)})" : $"only this has a duration ({Seconds(a.Value)})", 0);
        }

        if (a == b)
        {
            return new ComparisonStatement("duration", "same duration", 0);
        }

        var multiple = (double)Math.Max(a.Value, b.Value) / Math.Min(a.Value, b.Value);
        var score = Math.Max(1, Math.Min(50, (int)((multiple - 1) * 50)));
        var change = ((double)a.Value / b.Value - 1.0).ToString("+0.#%;-0.#%", CultureInfo.InvariantCulture);
        return new ComparisonStatement("duration", $"{Seconds(a.Value)} {(a > b ? ">" : "<")} {Seconds(b.Value)} ({change})", a > b ? score : -score);
    }

    private static string Seconds(long milliseconds) => (milliseconds / 1000.0).ToString("0.###", CultureInfo.InvariantCulture) + " s";
}
