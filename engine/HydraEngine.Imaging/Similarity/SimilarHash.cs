namespace HydraEngine.Imaging.Similarity;

/// <summary>A match from a similar-files search: the owner of a perceptual hash and its Hamming distance to the query.</summary>
public readonly record struct SimilarHash(long Id, ulong Hash, int Distance);
