namespace HydraEngine.DupeBench;

/// <summary>
/// Perceptual hashes shaped like a real collection: every hash has popcount 32 (as hydrus's do), most files are
/// unique, and about a third belong to clusters of 2–12 near duplicates 0–8 bits (in flipped pairs) from a
/// centre, most of them close (re-encodes and resizes are 0–4 apart, crops and edits 6–12).
/// </summary>
internal static class ClusteredHashes
{
    public static ulong[] Generate(int count, int seed)
    {
        var random = new Random(seed);
        var hashes = new ulong[count];
        var index = 0;
        while (index < count)
        {
            var centre = RandomBalanced(random);
            var size = random.NextDouble() < 0.7 ? 1 : random.Next(2, 13);
            for (var member = 0; member < size && index < count; member++)
            {
                hashes[index++] = member == 0 ? centre : Perturb(centre, PairsToFlip(random), random);
            }
        }

        return hashes;
    }

    private static int PairsToFlip(Random random)
    {
        var roll = random.NextDouble();
        return roll < 0.45 ? 0 : roll < 0.75 ? 1 : roll < 0.9 ? 2 : random.Next(3, 5);
    }

    private static ulong RandomBalanced(Random random)
    {
        var bits = Enumerable.Range(0, 64).OrderBy(_ => random.Next()).Take(32);
        return bits.Aggregate(0UL, (hash, bit) => hash | 1UL << bit);
    }

    /// <summary>Moves <paramref name="pairs"/> set bits to unset places: distance 2·pairs, popcount kept.</summary>
    private static ulong Perturb(ulong hash, int pairs, Random random)
    {
        for (var pair = 0; pair < pairs; pair++)
        {
            int on, off;
            do
            {
                on = random.Next(64);
            }
            while ((hash >> on & 1) == 0);
            do
            {
                off = random.Next(64);
            }
            while ((hash >> off & 1) == 1);
            hash ^= 1UL << on | 1UL << off;
        }

        return hash;
    }
}
