using System.Numerics;

namespace HydraEngine.Imaging.Similarity;

/// <summary>The brute-force reference: compares the query with every distinct hash.</summary>
public sealed class LinearScanIndex : ISimilarHashIndex
{
    private readonly HashEntries entries;

    public LinearScanIndex(IEnumerable<(ulong Hash, long Id)> rows) => entries = HashEntries.Build(rows);

    public int Count => entries.TotalIds;

    public IReadOnlyList<SimilarHash> Search(ulong query, int radius)
    {
        var results = new List<SimilarHash>();
        Scan(entries, query, radius, results);
        return results;
    }

    public void Search(ulong query, int radius, List<SimilarHash> results) => Scan(entries, query, radius, results);

    internal static void Scan(HashEntries entries, ulong query, int radius, List<SimilarHash> results)
    {
        var hashes = entries.Hashes;
        for (var entry = 0; entry < hashes.Length; entry++)
        {
            var distance = BitOperations.PopCount(hashes[entry] ^ query);
            if (distance <= radius)
            {
                entries.AddOwners(entry, distance, results);
            }
        }
    }
}
