namespace HydraEngine.Imaging.Png;

/// <summary>Applies the PNG scanline filters when encoding.</summary>
internal static class ScanlineFilter
{
    /// <summary>
    /// Filters <paramref name="raw"/> into <paramref name="target"/> with <paramref name="filterType"/>;
    /// <paramref name="prior"/> is the raw row above, or empty for the first row of a pass.
    /// </summary>
    public static void Apply(PngFilterType filterType, ReadOnlySpan<byte> raw, ReadOnlySpan<byte> prior, Span<byte> target, int stride)
    {
        for (var i = 0; i < raw.Length; i++)
        {
            var left = i >= stride ? raw[i - stride] : 0;
            var above = prior.IsEmpty ? 0 : prior[i];
            var upperLeft = prior.IsEmpty || i < stride ? 0 : prior[i - stride];
            var prediction = filterType switch
            {
                PngFilterType.Sub => left,
                PngFilterType.Up => above,
                PngFilterType.Average => (left + above) >> 1,
                PngFilterType.Paeth => PaethPredictor.Predict(left, above, upperLeft),
                _ => 0,
            };
            target[i] = (byte)(raw[i] - prediction);
        }
    }

    /// <summary>The libpng heuristic: the sum of the filtered bytes read as signed values, in absolute value.</summary>
    public static long Cost(ReadOnlySpan<byte> filtered)
    {
        long sum = 0;
        foreach (var value in filtered)
        {
            sum += value < 128 ? value : 256 - value;
        }

        return sum;
    }
}
