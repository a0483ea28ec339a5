using System.Numerics;

namespace HydraEngine.Imaging.Similarity;

/// <summary>
/// The 64 bits cut into m chunks, one <see cref="ChunkTable"/> each. Two hashes within radius r agree to within
/// ⌊r/m⌋ bits on at least one chunk (pigeonhole), so a search probes every key within ⌊r/m⌋ of the query's in each
/// table and verifies the candidates' full distance with a popcount. A row met in a table is kept only when no
/// earlier table could have met it, so results are unique without per-search state.
/// </summary>
internal sealed class ChunkSet
{
    public const int MaxProbeRadius = 3;

    /// <summary>How many popcounts over a packed bucket one random probe (a cache miss or two) is worth.</summary>
    private const double ProbeWeight = 24;

    private readonly ChunkTable[] tables;
    private readonly uint[][] masksByProbe;

    private ChunkSet(ChunkTable[] tables)
    {
        this.tables = tables;
        masksByProbe = Enumerable.Range(0, MaxProbeRadius + 1).Select(probe => ProbeMasks.Within(tables.Max(t => t.KeyBits), probe)).ToArray();
    }

    public static ChunkSet Build(int count, HashRow[] rows)
    {
        var tables = new ChunkTable[count];
        var shift = 0;
        for (var index = 0; index < count; index++)
        {
            var width = ChunkWidth(count, index);
            tables[index] = new ChunkTable(shift, KeyBits(width, rows.Length), rows);
            shift += width;
        }

        return new ChunkSet(tables);
    }

    /// <summary>The estimated cost of a search at <paramref name="radius"/> in popcounts, or null past the probe limit.</summary>
    public static double? Cost(int count, int radius, int rows)
    {
        var probe = radius / count;
        if (probe > MaxProbeRadius)
        {
            return null;
        }

        double cost = 0;
        for (var index = 0; index < count; index++)
        {
            var bits = KeyBits(ChunkWidth(count, index), rows);
            var probes = ProbeMasks.CountWithin(bits, probe);
            cost += probes * (ProbeWeight + rows / Math.Pow(2, bits));
        }

        return cost;
    }

    public void Search(ulong query, int radius, List<SimilarHash> results)
    {
        var probe = radius / tables.Length;
        if (probe == 0)
        {
            SearchExact(query, radius, results);
            return;
        }

        for (var tableIndex = 0; tableIndex < tables.Length; tableIndex++)
        {
            var table = tables[tableIndex];
            var key = table.KeyOf(query);
            var keyLimit = 1u << table.KeyBits;
            foreach (var mask in masksByProbe[probe])
            {
                if (mask < keyLimit)
                {
                    Verify(tableIndex, table.Bucket(key ^ mask), query, radius, probe, results);
                }
            }
        }
    }

    /// <summary>Radius below the chunk count: one bucket per table, all requested before any is read.</summary>
    private void SearchExact(ulong query, int radius, List<SimilarHash> results)
    {
        for (var tableIndex = 0; tableIndex < tables.Length; tableIndex++)
        {
            var table = tables[tableIndex];
            table.Prefetch(table.Bucket(table.KeyOf(query)));
        }

        for (var tableIndex = 0; tableIndex < tables.Length; tableIndex++)
        {
            var table = tables[tableIndex];
            Verify(tableIndex, table.Bucket(table.KeyOf(query)), query, radius, 0, results);
        }
    }

    private void Verify(int tableIndex, ReadOnlySpan<HashRow> bucket, ulong query, int radius, int probe, List<SimilarHash> results)
    {
        foreach (var row in bucket)
        {
            var distance = BitOperations.PopCount(row.Hash ^ query);
            if (distance <= radius && !FoundEarlier(tableIndex, row.Hash, query, probe))
            {
                results.Add(new SimilarHash(row.Id, row.Hash, distance));
            }
        }
    }

    private bool FoundEarlier(int tableIndex, ulong hash, ulong query, int probe)
    {
        for (var earlier = 0; earlier < tableIndex; earlier++)
        {
            if (BitOperations.PopCount(tables[earlier].KeyOf(hash) ^ tables[earlier].KeyOf(query)) <= probe)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Chunk widths as equal as possible, wider ones first.</summary>
    private static int ChunkWidth(int count, int index) => 64 / count + (index < 64 % count ? 1 : 0);

    /// <summary>A chunk's key keeps at most about log2(rows) of its bits (≥ 4, ≤ 24), so a table has about one row per key.</summary>
    private static int KeyBits(int width, int rows) =>
        Math.Min(width, Math.Clamp((int)Math.Ceiling(Math.Log2(Math.Max(rows, 2))), 4, 24));
}
