using System.Numerics;

namespace HydraEngine.Imaging.Similarity;

/// <summary>
/// A BK-tree over the distinct hashes (children keyed by their distance to the parent, kept as sibling lists);
/// a search descends only into children whose key is within the radius of the query's distance to the node.
/// Kept for comparison in the benchmark.
/// </summary>
public sealed class BkTreeIndex : ISimilarHashIndex
{
    private readonly HashEntries entries;
    private readonly int[] firstChild;
    private readonly int[] nextSibling;
    private readonly byte[] keyToParent;

    public BkTreeIndex(IEnumerable<(ulong Hash, long Id)> rows)
    {
        entries = HashEntries.Build(rows);
        var hashes = entries.Hashes;
        firstChild = new int[hashes.Length];
        nextSibling = new int[hashes.Length];
        keyToParent = new byte[hashes.Length];
        Array.Fill(firstChild, -1);
        Array.Fill(nextSibling, -1);
        for (var entry = 1; entry < hashes.Length; entry++)
        {
            Insert(entry);
        }
    }

    public int Count => entries.TotalIds;

    public IReadOnlyList<SimilarHash> Search(ulong query, int radius)
    {
        var results = new List<SimilarHash>();
        Search(query, radius, results);
        return results;
    }

    public void Search(ulong query, int radius, List<SimilarHash> results)
    {
        if (entries.Hashes.Length == 0)
        {
            return;
        }

        var pending = new Stack<int>();
        pending.Push(0);
        while (pending.Count > 0)
        {
            var node = pending.Pop();
            var distance = BitOperations.PopCount(entries.Hashes[node] ^ query);
            if (distance <= radius)
            {
                entries.AddOwners(node, distance, results);
            }

            for (var child = firstChild[node]; child >= 0; child = nextSibling[child])
            {
                if (Math.Abs(keyToParent[child] - distance) <= radius)
                {
                    pending.Push(child);
                }
            }
        }
    }

    private void Insert(int entry)
    {
        var node = 0;
        while (true)
        {
            var key = (byte)BitOperations.PopCount(entries.Hashes[node] ^ entries.Hashes[entry]);
            var child = firstChild[node];
            while (child >= 0 && keyToParent[child] != key)
            {
                child = nextSibling[child];
            }

            if (child < 0)
            {
                keyToParent[entry] = key;
                nextSibling[entry] = firstChild[node];
                firstChild[node] = entry;
                return;
            }

            node = child;
        }
    }
}
