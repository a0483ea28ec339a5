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

    /// <summary>
    /// One bounded slice (for <c>hydra serve</c>'s maintenance): hashes up to <paramref name="batchSize"/> files, then
    /// searches up to as many (through <paramref name="cache"/>'s index when given); returns the report and whether work remains.
    /// </summary>
    public (ScanReport Report, bool MoreToDo) RunSlice(int distance, int batchSize, SimilarFilesIndexCache? cache = null)
    {
        var (hashed, without) = HashUnchecked(batchSize, CancellationToken.None, maxBatches: 1);
        var searched = hashed + without == batchSize ? 0 : SearchAll(distance, batchSize, CancellationToken.None, maxBatches: 1, cache);
        var parts = store.Parts;
        var more = parts.SimilarFiles.Unchecked(SimilarFilesHasher.HashableMimes, 1).Count > 0 || parts.SimilarFiles.CountToSearch(distance) > 0;
        return (new ScanReport(hashed, without, searched, distance, parts.Database.ExecuteScalar<long>("SELECT COUNT(*) FROM potential_duplicate_pairs")), more);
    }

    private (int Hashed, int Without) HashUnchecked(int batchSize, CancellationToken cancellationToken, int maxBatches = int.MaxValue)
    {
        var parts = store.Parts;
        var (hashed, without) = (0, 0);
        for (var batches = 0; batches < maxBatches && !cancellationToken.IsCancellationRequested; batches++)
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

    private int SearchAll(int distance, int batchSize, CancellationToken cancellationToken, int maxBatches = int.MaxValue, SimilarFilesIndexCache? cache = null)
    {
        var parts = store.Parts;
        if (parts.SimilarFiles.CountToSearch(distance) == 0)
        {
            return 0;
        }

        var snapshot = cache?.Get(parts.SimilarFiles) ?? new SimilarFilesSnapshot(parts.SimilarFiles);
        var search = new PotentialPairSearch(parts.SimilarFiles, parts.DuplicateGroups, parts.DuplicateUpdates);
        var searched = 0;
        for (var batches = 0; batches < maxBatches && !cancellationToken.IsCancellationRequested; batches++)
        {
            using var transaction = parts.Database.BeginWrite();
            var count = search.Run(snapshot, distance, batchSize);
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
