namespace HydraEngine.Imaging.Similarity;

/// <summary>
/// Multi-index hashing (Norouzi et al.) with the substring tables chosen per radius: for each search radius the
/// chunk count m with the lowest estimated cost is used (e.g. 3 chunks of 21–22 bits at distance 2, where one chunk
/// must match exactly; 5 chunks of 12–13 bits at 4; 5 chunks probed at one bit at 8), or a linear scan when no table
/// set beats it. Each table set is built on first use and then shared; a search allocates nothing beyond its results.
/// </summary>
public sealed class MultiIndexHashIndex : ISimilarHashIndex
{
    private const int MinChunks = 2;
    private const int MaxChunks = 12;

    private readonly HashEntries entries;
    private readonly HashRow[] rows;
    private readonly int? fixedChunkCount;
    private readonly Lazy<ChunkSet>[] chunkSets;
    private readonly int[] chunkCountByRadius;

    public MultiIndexHashIndex(IEnumerable<(ulong Hash, long Id)> rows, int? chunkCount = null)
    {
        if (chunkCount is < MinChunks or > MaxChunks)
        {
            throw new ArgumentOutOfRangeException(nameof(chunkCount), chunkCount, $"a multi-index needs {MinChunks} to {MaxChunks} chunks");
        }

        entries = HashEntries.Build(rows);
        this.rows = Enumerable.Range(0, entries.Hashes.Length)
            .SelectMany(entry => Enumerable.Range(entries.IdStarts[entry], entries.IdStarts[entry + 1] - entries.IdStarts[entry])
                .Select(index => new HashRow(entries.Hashes[entry], entries.Ids[index])))
            .ToArray();
        fixedChunkCount = chunkCount;
        chunkSets = Enumerable.Range(0, MaxChunks + 1).Select(count => new Lazy<ChunkSet>(() => ChunkSet.Build(count, this.rows))).ToArray();
        chunkCountByRadius = Enumerable.Range(0, 65).Select(ChooseChunkCount).ToArray();
    }

    public int Count => rows.Length;

    /// <summary>The chunk count a search at <paramref name="radius"/> uses, or 0 for a linear scan.</summary>
    public int ChunkCountFor(int radius)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(radius);
        return chunkCountByRadius[Math.Min(radius, 64)];
    }

    private int ChooseChunkCount(int radius)
    {
        if (fixedChunkCount is { } count)
        {
            return ChunkSet.Cost(count, radius, rows.Length) is null ? 0 : count;
        }

        var best = 0;
        double bestCost = entries.Hashes.Length;
        for (var candidate = MinChunks; candidate <= MaxChunks; candidate++)
        {
            if (ChunkSet.Cost(candidate, radius, rows.Length) is { } cost && cost < bestCost)
            {
                (best, bestCost) = (candidate, cost);
            }
        }

        return best;
    }

    public IReadOnlyList<SimilarHash> Search(ulong query, int radius)
    {
        var results = new List<SimilarHash>();
        Search(query, radius, results);
        return results;
    }

    public void Search(ulong query, int radius, List<SimilarHash> results)
    {
        var count = ChunkCountFor(radius);
        if (count == 0)
        {
            LinearScanIndex.Scan(entries, query, radius, results);
            return;
        }

        chunkSets[count].Value.Search(query, radius, results);
    }
}
