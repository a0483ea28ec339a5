using System.Globalization;
using System.Text.Json.Nodes;

namespace HydraEngine.Benchmarks;

/// <summary>One row of a side-by-side table: our timings and hydrus's for the same work, and the ratio of the medians (hydrus / ours: above 1 means we are faster).</summary>
internal sealed record Comparison(string Name, Spread Ours, Spread? Hydrus)
{
    public double Ratio => Hydrus is null ? double.NaN : Hydrus.Median / Ours.Median;

    public string Line(string unit, string format) =>
        $"{Name,-48} ours {Ours.Text(format),24} {unit}   hydrus {(Hydrus is null ? "—" : Hydrus.Text(format)),24} {unit}   {(Hydrus is null ? "" : Ratio.ToString("0.0", CultureInfo.InvariantCulture) + "×"),7}";

    public JsonObject ToJson() => new()
    {
        ["name"] = Name,
        ["ours_ms"] = Ours.ToJson(),
        ["hydrus_ms"] = Hydrus?.ToJson(),
        ["ratio"] = double.IsFinite(Ratio) ? Math.Round(Ratio, 3) : null,
    };

    /// <summary>Over rows: the median ratio, the worst (lowest) and best, and the geometric mean.</summary>
    public static JsonObject Overall(IReadOnlyList<Comparison> rows, TextWriter output, string label)
    {
        var ratios = rows.Select(row => row.Ratio).Where(double.IsFinite).Order().ToArray();
        if (ratios.Length == 0)
        {
            output.WriteLine($"{label}: no hydrus figures");
            return new JsonObject { ["pairs"] = rows.Count };
        }

        var spread = Spread.Of(ratios);
        var geometric = Math.Exp(ratios.Average(Math.Log));
        var worst = rows.Where(row => double.IsFinite(row.Ratio)).MinBy(row => row.Ratio)!;
        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{label}: {ratios.Length} pairs; ratio to hydrus median {spread.Median:0.0}× [IQR {spread.P25:0.0}–{spread.P75:0.0}], worst {worst.Ratio:0.0}× ({worst.Name}), best {spread.Max:0.0}×, geometric mean {geometric:0.0}×; ours summed {rows.Sum(row => row.Ours.Median):0.0} ms, hydrus summed {rows.Sum(row => row.Hydrus?.Median ?? 0):0.0} ms"));
        return new JsonObject
        {
            ["pairs"] = ratios.Length,
            ["ratio"] = spread.ToJson(),
            ["worst"] = worst.Name,
            ["geometric_mean_ratio"] = Math.Round(geometric, 3),
            ["ours_sum_ms"] = Math.Round(rows.Sum(row => row.Ours.Median), 3),
            ["hydrus_sum_ms"] = Math.Round(rows.Sum(row => row.Hydrus?.Median ?? 0), 3),
        };
    }
}
