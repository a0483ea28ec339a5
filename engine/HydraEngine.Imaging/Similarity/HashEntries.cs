namespace HydraEngine.Imaging.Similarity;

/// <summary>The distinct hashes of an index, sorted, each with the ids that own it (CSR layout).</summary>
internal sealed class HashEntries
{
    private HashEntries(ulong[] hashes, int[] idStarts, long[] ids)
    {
        Hashes = hashes;
        IdStarts = idStarts;
        Ids = ids;
    }

    public ulong[] Hashes { get; }

    public int[] IdStarts { get; }

    public long[] Ids { get; }

    public int TotalIds => Ids.Length;

    public static HashEntries Build(IEnumerable<(ulong Hash, long Id)> rows)
    {
        var sorted = rows.ToArray();
        Array.Sort(sorted, (a, b) => a.Hash != b.Hash ? a.Hash.CompareTo(b.Hash) : a.Id.CompareTo(b.Id));
        var hashes = new List<ulong>();
        var starts = new List<int>();
        var ids = new long[sorted.Length];
        for (var index = 0; index < sorted.Length; index++)
        {
            if (index == 0 || sorted[index].Hash != sorted[index - 1].Hash)
            {
                hashes.Add(sorted[index].Hash);
                starts.Add(index);
            }

            ids[index] = sorted[index].Id;
        }

        starts.Add(sorted.Length);
        return new HashEntries([.. hashes], [.. starts], ids);
    }

    /// <summary>Adds every owner of distinct hash <paramref name="entry"/> to <paramref name="results"/>.</summary>
    public void AddOwners(int entry, int distance, List<SimilarHash> results)
    {
        for (var index = IdStarts[entry]; index < IdStarts[entry + 1]; index++)
        {
            results.Add(new SimilarHash(Ids[index], Hashes[entry], distance));
        }
    }
}
