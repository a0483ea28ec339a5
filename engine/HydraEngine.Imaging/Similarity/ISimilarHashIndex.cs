namespace HydraEngine.Imaging.Similarity;

/// <summary>
/// An exact metric index over 64-bit perceptual hashes: a search returns every entry within the Hamming radius,
/// the same set as a brute-force scan. Built once, immutable, safe to search from several threads.
/// </summary>
public interface ISimilarHashIndex
{
    int Count { get; }

    IReadOnlyList<SimilarHash> Search(ulong query, int radius);

    /// <summary>Adds the matches to <paramref name="results"/> (which is not cleared), so a caller can reuse one list.</summary>
    void Search(ulong query, int radius, List<SimilarHash> results);
}
