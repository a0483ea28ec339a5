using System.Text.Json.Nodes;

namespace HydraEngine.Benchmarks;

/// <summary>A set of timings summarised: median, quartiles (IQR), min, max and count.</summary>
internal sealed record Spread(double Median, double P25, double P75, double Min, double Max, int Count)
{
    public static Spread Of(IEnumerable<double> samples)
    {
        var sorted = samples.Order().ToArray();
        if (sorted.Length == 0)
        {
            return new Spread(double.NaN, double.NaN, double.NaN, double.NaN, double.NaN, 0);
        }

        return new Spread(Quantile(sorted, 0.5), Quantile(sorted, 0.25), Quantile(sorted, 0.75), sorted[0], sorted[^1], sorted.Length);
    }

    /// <summary>"12.3 [11.9–13.0]": the median and the interquartile range.</summary>
    public string Text(string format) => $"{Median.ToString(format, System.Globalization.CultureInfo.InvariantCulture)} [{P25.ToString(format, System.Globalization.CultureInfo.InvariantCulture)}–{P75.ToString(format, System.Globalization.CultureInfo.InvariantCulture)}]";

    public JsonObject ToJson() => new()
    {
        ["median"] = Round(Median),
        ["p25"] = Round(P25),
        ["p75"] = Round(P75),
        ["min"] = Round(Min),
        ["max"] = Round(Max),
        ["n"] = Count,
    };

    private static double Round(double value) => double.IsFinite(value) ? Math.Round(value, 4) : 0;

    private static double Quantile(double[] sorted, double q)
    {
        var position = (sorted.Length - 1) * q;
        var below = (int)Math.Floor(position);
        var above = Math.Min(below + 1, sorted.Length - 1);
        return sorted[below] + ((sorted[above] - sorted[below]) * (position - below));
    }
}
