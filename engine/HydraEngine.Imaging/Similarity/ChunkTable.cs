namespace HydraEngine.Imaging.Similarity;

/// <summary>One chunk of a <see cref="MultiIndexHashIndex"/>: bits [Shift, Shift + Width) of each hash, bucketed by value.</summary>
internal sealed class ChunkTable
{
    private readonly int shift;
    private readonly int width;
    private readonly uint[][] masksByRadius;
    private int[] starts = [];
    private int[] members = [];

    private ChunkTable(int shift, int width)
    {
        this.shift = shift;
        this.width = width;
        masksByRadius = Enumerable.Range(0, 4).Select(radius => MasksWithin(width, radius)).ToArray();
    }

    /// <summary>Cuts 64 bits into <paramref name="count"/> chunks as equal as possible (wider ones first).</summary>
    public static IEnumerable<ChunkTable> Split(int count)
    {
        var shift = 0;
        for (var index = 0; index < count; index++)
        {
            var width = 64 / count + (index < 64 % count ? 1 : 0);
            yield return new ChunkTable(shift, width);
            shift += width;
        }
    }

    public uint KeyOf(ulong hash) => (uint)((hash >> shift) & ((1UL << width) - 1));

    /// <summary>Every XOR mask of this chunk's width with at most <paramref name="radius"/> bits set.</summary>
    public uint[] Masks(int radius) => masksByRadius[radius];

    public ReadOnlySpan<int> Bucket(uint key) => members.AsSpan(starts[key], starts[key + 1] - starts[key]);

    /// <summary>Buckets the distinct hashes by this chunk's value (a counting sort).</summary>
    public ChunkTable Fill(ulong[] hashes)
    {
        var counts = new int[(1 << width) + 1];
        foreach (var hash in hashes)
        {
            counts[KeyOf(hash) + 1]++;
        }

        for (var key = 1; key < counts.Length; key++)
        {
            counts[key] += counts[key - 1];
        }

        starts = counts;
        members = new int[hashes.Length];
        var next = counts[..^1];
        for (var entry = 0; entry < hashes.Length; entry++)
        {
            members[next[KeyOf(hashes[entry])]++] = entry;
        }

        return this;
    }

    private static uint[] MasksWithin(int width, int radius)
    {
        var masks = new List<uint> { 0 };
        var frontier = new List<(uint Mask, int Highest)> { (0, -1) };
        for (var bits = 1; bits <= radius; bits++)
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
}
