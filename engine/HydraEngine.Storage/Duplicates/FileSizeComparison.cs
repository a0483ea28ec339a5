using System.Globalization;

namespace HydraEngine.Storage.Duplicates;

/// <summary>File size: bigger by more than 5 % scores "higher", by more than double "much higher"; pixel duplicates score 0.</summary>
internal sealed class FileSizeComparison : IComparisonRule
{
    public ComparisonStatement? Compare(ComparisonContext context)
    {
        var (a, b) = (context.A.Size, context.B.Size);
        if (a == b || a <= 0 || b <= 0)
        {
            return null;
        }

        var ratio = (double)Math.Max(a, b) / Math.Min(a, b);
        var (relation, score) = ratio > 2.0 ? (a > b ? ">>" : "<<", context.Scores.MuchHigherFileSize)
            : ratio > 1.05 ? (a > b ? ">" : "<", context.Scores.HigherFileSize)
            : ("≈", 0);
        var signed = context.PixelDuplicates ? 0 : a > b ? score : -score;
        var change = ((double)a / b - 1.0).ToString("+0.#%;-0.#%", CultureInfo.InvariantCulture);
        return new ComparisonStatement("filesize", $"{a:N0} bytes {relation} {b:N0} bytes ({change})", signed);
    }
}
