using System.Numerics;

namespace HydraEngine.Imaging.Similarity;

/// <summary>
/// Multi-index hashing (Norouzi et al.): the 64 bits are cut into m chunks, each with its own table from chunk
/// value to hashes. Two hashes within radius r agree to within ⌊r/m⌋ bits on at least one chunk (pigeonhole),
/// so a search probes every chunk value within ⌊r/m⌋ of the query's and checks the candidates' full distance.
/// A candidate found in a chunk is kept only when no earlier chunk could have found it, so results are unique
/// without per-search state. m grows as the index shrinks (about log2(size) + 2 bits per chunk).
/// </summary>
public sealed class MultiIndexHashIndex : ISimilarHashIndex
{
    private const int MaxProbeRadius = 3;

    private readonly HashEntries entries;
    private readonly ChunkTable[] chunks;

    public MultiIndexHashIndex(IEnumerable<(ulong Hash, long Id)> rows, int? chunkCount = null)
    {
        entries = HashEntries.Build(rows);
        var count = chunkCount ?? ChooseChunkCount(entries.Hashes.Length);
        chunks = ChunkTable.Split(count).Select(chunk => chunk.Fill(entries.Hashes)).ToArray();
    }

    public int Count => entries.TotalIds;

    public int ChunkCount => chunks.Length;

    public IReadOnlyList<SimilarHash> Search(ulong query, int radius)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(radius);
        var probe = radius / chunks.Length;
        if (probe > MaxProbeRadius)
        {
            return LinearScanIndex.Scan(entries, query, radius);
        }

        var results = new List<SimilarHash>();
        for (var chunkIndex = 0; chunkIndex < chunks.Length; chunkIndex++)
        {
            var chunk = chunks[chunkIndex];
            var key = chunk.KeyOf(query);
            foreach (var mask in chunk.Masks(probe))
            {
                foreach (var entry in chunk.Bucket(key ^ mask))
                {
                    var hash = entries.Hashes[entry];
                    var distance = BitOperations.PopCount(hash ^ query);
                    if (distance <= radius && !FoundEarlier(chunkIndex, hash, query, probe))
                    {
                        entries.AddOwners(entry, distance, results);
                    }
                }
            }
        }

        return results;
    }

    private bool FoundEarlier(int chunkIndex, ulong hash, ulong query, int probe)
    {
        for (var earlier = 0; earlier < chunkIndex; earlier++)
        {
            if (BitOperations.PopCount(chunks[earlier].KeyOf(hash) ^ chunks[earlier].KeyOf(query)) <= probe)
            {
                return true;
            }
        }

        return false;
    }

    private static int ChooseChunkCount(int distinct)
    {
        var bitsPerChunk = Math.Log2(Math.Max(distinct, 2)) + 2;
        return Math.Clamp((int)Math.Ceiling(64 / bitsPerChunk), 3, 8);
    }
}
