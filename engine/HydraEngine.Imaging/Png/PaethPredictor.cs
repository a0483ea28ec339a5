namespace HydraEngine.Imaging.Png;

/// <summary>The Paeth predictor of the PNG specification: whichever neighbour is closest to left + above − upper-left.</summary>
internal static class PaethPredictor
{
    /// <summary>
    /// Equivalent to the specification's three-distance comparison (ties favour left, then above), written
    /// with comparisons against one threshold so the JIT can use conditional moves instead of branches.
    /// </summary>
    public static int Predict(int left, int above, int upperLeft)
    {
        var threshold = (upperLeft * 3) - (left + above);
        var low = left < above ? left : above;
        var high = left < above ? above : left;
        var notLow = high <= threshold ? low : upperLeft;
        return threshold <= low ? high : notLow;
    }
}
