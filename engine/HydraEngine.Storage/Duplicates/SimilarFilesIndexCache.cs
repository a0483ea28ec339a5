namespace HydraEngine.Storage.Duplicates;

/// <summary>
/// Keeps the last similar-files snapshot (the index over every perceptual hash and the pixel-duplicate groups) between
/// maintenance slices, rebuilt only when the stored hashes changed (a fingerprint of both hash maps, read in SQL), so
/// a slice of 64 files does not reread and re-index a million hashes. One per maintenance job; not thread-safe.
/// </summary>
public sealed class SimilarFilesIndexCache
{
    private (string Fingerprint, SimilarFilesSnapshot Snapshot)? last;

    /// <summary>How many times a snapshot was built.</summary>
    public int Builds { get; private set; }

    internal SimilarFilesSnapshot Get(SimilarFilesRecords records)
    {
        var fingerprint = records.Fingerprint();
        if (last is { } kept && kept.Fingerprint == fingerprint)
        {
            return kept.Snapshot;
        }

        var snapshot = new SimilarFilesSnapshot(records);
        Builds++;
        last = (fingerprint, snapshot);
        return snapshot;
    }
}
