namespace HydraEngine.Imaging.Jpeg;

/// <summary>
/// hydrus's estimate of a JPEG's quality from its quantisation tables: the mean over tables of the sum of a table's
/// 64 divisors, raised to 1 / the subsampling's quality factor. Lower is better; <see cref="Label"/> buckets it in
/// steps of 0.7 (from "extremely high" under 330 to "very low" from 2800).
/// </summary>
public sealed record JpegQuality(JpegSubsampling Subsampling, double? Estimate)
{
    private static readonly (double From, string Label)[] Labels =
    [
        (2800, "very low"), (2000, "low"), (1400, "medium low"), (1000, "medium"), (700, "medium high"), (480, "high"), (330, "very high"),
    ];

    public string Label => Estimate is not { } value
        ? "unknown"
        : Labels.FirstOrDefault(step => value >= step.From).Label ?? "extremely high";
}
