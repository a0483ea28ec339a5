using HydraEngine.Imaging.Similarity;
using HydraEngine.Storage.Files;

namespace HydraEngine.Storage.Duplicates;

/// <summary>
/// The similar-files maintenance work hydrus does in the background: hash stored still images that have no
/// hashes yet (files imported before the duplicates schema, or whose hashing failed), then search every file not
/// yet searched at the wanted distance into potential pairs. Runs in batches, each in its own transaction, so
/// it can be stopped between batches without losing work.
/// </summary>
public sealed class SimilarFilesMaintenanceJob(HydraStore store)
{
    public const int DefaultBatchSize = 256;

    public ScanReport Run(int distance, int batchSize = DefaultBatchSize, CancellationToken cancellationToken = default)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(distance);
        ArgumentOutOfRangeException.ThrowIfLessThan(batchSize, 1);
        var (hashed, without) = HashUnchecked(batchSize, cancellationToken);
        var searched = SearchAll(distance, batchSize * 4, cancellationToken);
        var pairs = store.Parts.Database.ExecuteScalar<long>("SELECT COUNT(*) FROM potential_duplicate_pairs");
        return new ScanReport(hashed, without, searched, distance, pairs);
    }

    private (int Hashed, int Without) HashUnchecked(int batchSize, CancellationToken cancellationToken)
    {
        var parts = store.Parts;
        var (hashed, without) = (0, 0);
        while (!cancellationToken.IsCancellationRequested)
        {
            var batch = parts.SimilarFiles.Unchecked(SimilarFilesHasher.HashableMimes, batchSize);
            if (batch.Count == 0)
            {
                break;
            }

            var paths = batch.Select(file => (file.HashId, Path: parts.Layout.PathOf(parts.HashIds.HashOf(file.HashId), (FileMime)file.Mime))).ToList();
            var computed = paths.AsParallel().AsOrdered().Select(file => (file.HashId, Result: SimilarFilesHasher.Hash(file.Path))).ToList();
            using var transaction = parts.Database.BeginWrite();
            foreach (var (hashId, (hashes, outcome)) in computed)
            {
                if (hashes is null)
                {
                    parts.SimilarFiles.MarkChecked(hashId, outcome);
                    without++;
                }
                else
                {
                    parts.SimilarFiles.Write(hashId, hashes);
                    hashed++;
                }
            }

            transaction.Complete();
        }

        return (hashed, without);
    }

    private int SearchAll(int distance, int batchSize, CancellationToken cancellationToken)
    {
        var parts = store.Parts;
        if (parts.SimilarFiles.CountToSearch(distance) == 0)
        {
            return 0;
        }

        var index = new MultiIndexHashIndex(parts.SimilarFiles.AllPerceptualHashes().Select(row => (row.Phash, row.HashId)).ToList());
        var search = new PotentialPairSearch(parts.SimilarFiles, parts.DuplicateGroups, parts.DuplicateUpdates);
        var searched = 0;
        while (!cancellationToken.IsCancellationRequested)
        {
            using var transaction = parts.Database.BeginWrite();
            var count = search.Run(index, distance, batchSize);
            transaction.Complete();
            searched += count;
            if (count < batchSize)
            {
                break;
            }
        }

        return searched;
    }
}
