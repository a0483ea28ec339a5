namespace HydraEngine.Imaging.Similarity;

/// <summary>The XOR masks a multi-index probe visits: every key of a width with at most a number of bits set.</summary>
internal static class ProbeMasks
{
    /// <summary>Every mask of <paramref name="width"/> bits with at most <paramref name="bits"/> set, fewest first.</summary>
    public static uint[] Within(int width, int bits)
    {
        var masks = new List<uint> { 0 };
        var frontier = new List<(uint Mask, int Highest)> { (0, -1) };
        for (var count = 1; count <= bits; count++)
        {
            var next = new List<(uint, int)>();
            foreach (var (mask, highest) in frontier)
            {
                for (var bit = highest + 1; bit < width; bit++)
                {
                    next.Add((mask | (1u << bit), bit));
                }
            }

            masks.AddRange(next.Select(item => item.Item1));
            frontier = next;
        }

        return [.. masks];
    }

    /// <summary>How many masks <see cref="Within"/> returns: the sum of C(width, k) for k ≤ bits.</summary>
    public static long CountWithin(int width, int bits)
    {
        long total = 0;
        long combinations = 1;
        for (var count = 0; count <= bits; count++)
        {
            total += combinations;
            combinations = combinations * (width - count) / (count + 1);
        }

        return total;
    }
}
