using HydraEngine.Storage.Duplicates;
using HydraEngine.Storage.Files;

namespace HydraEngine.Storage;

/// <summary>hydrus's duplicates system: potential pairs, setting relationships, a file's groups.</summary>
public sealed partial class HydraStore
{
    /// <summary>Hashes stored images that have no hashes yet and searches unsearched files into potential pairs at <paramref name="distance"/>.</summary>
    public ScanReport ScanForDuplicates(int distance, CancellationToken cancellationToken = default) =>
        new SimilarFilesMaintenanceJob(this).Run(distance, cancellationToken: cancellationToken);

    /// <summary>Potential pairs as their groups' Kings, closest first (then oldest groups first).</summary>
    public IReadOnlyList<PotentialPair> PotentialPairs(int? maxDistance = null, int limit = int.MaxValue)
    {
        var rows = database.Query<(long KingA, long KingB, int Distance)>("""
            SELECT a.king_hash_id, b.king_hash_id, p.distance FROM potential_duplicate_pairs AS p
            JOIN duplicate_files AS a ON a.media_id = p.smaller_media_id
            JOIN duplicate_files AS b ON b.media_id = p.larger_media_id
            WHERE p.distance <= @max
            ORDER BY p.distance, p.smaller_media_id, p.larger_media_id LIMIT @limit
            """, new { max = maxDistance ?? 64, limit }).ToList();
        var hashes = parts.HashIds.HashesOf(rows.SelectMany(row => new[] { row.KingA, row.KingB }).Distinct().ToList());
        return rows.Select(row => new PotentialPair(hashes[row.KingA], hashes[row.KingB], row.Distance)).ToList();
    }

    /// <summary>
    /// Sets a relationship between two stored files with hydrus's transitive effects (A is the better file for
    /// <see cref="DuplicateRelationship.Better"/>), after merging their content by <paramref name="merge"/> (none when
    /// null), then sends the files <paramref name="deletes"/> names to the trash (a file about to be deleted is never archived).
    /// </summary>
    public void SetDuplicateRelationship(FileHash a, FileHash b, DuplicateRelationship relationship, DuplicateMergeOptions? merge = null, DuplicateDeletes? deletes = null)
    {
        var deletees = new[] { (deletes?.DeleteA == true, a), (deletes?.DeleteB == true, b) }.Where(pair => pair.Item1).Select(pair => pair.Item2).Distinct().ToList();
        if (merge is not null && a != b)
        {
            new DuplicateContentMerger(this).Merge(a, b, merge, deletees);
        }

        using (var transaction = database.BeginWrite())
        {
            var setter = new DuplicatePairSetter(parts.DuplicateGroups, parts.DuplicateUpdates);
            setter.Set(relationship, RequireHashId(a), RequireHashId(b));
            transaction.Complete();
        }

        if (deletees.Count > 0)
        {
            Delete(deletees, new Deletion.DeleteOptions(Reason: deletes!.Reason));
        }
    }

    /// <summary>Makes a file the King of its duplicate group (hydrus's "set as best quality").</summary>
    public void SetDuplicateKing(FileHash hash)
    {
        using var transaction = database.BeginWrite();
        var hashId = RequireHashId(hash);
        parts.DuplicateUpdates.SetKing(hashId, parts.DuplicateGroups.MediaIdOf(hashId));
        transaction.Complete();
    }

    /// <summary>A file's King, duplicates, alternates, false positives and potential partners.</summary>
    public DuplicateFileInfo DuplicateInfo(FileHash hash)
    {
        var hashId = RequireHashId(hash);
        var groups = parts.DuplicateGroups;
        if (groups.FindMediaId(hashId) is not { } mediaId)
        {
            return new DuplicateFileInfo(hash, hash, [], [], [], []);
        }

        var kingsOf = (IEnumerable<long> mediaIds) => mediaIds.Where(other => other != mediaId).Select(groups.KingOf).ToList();
        var alternateGroup = groups.AlternatesGroupOf(mediaId, create: false);
        var alternates = alternateGroup is { } group ? kingsOf(groups.AlternateMediaIds(group)) : [];
        var falsePositives = alternateGroup is { } fpGroup ? kingsOf(groups.FalsePositiveGroupsOf(fpGroup).SelectMany(groups.AlternateMediaIds)) : [];
        var duplicates = groups.MembersOf(mediaId).Where(member => member != hashId).ToList();
        var potentials = kingsOf(groups.PotentialsOf(mediaId).Select(partner => partner.MediaId));
        var king = groups.KingOf(mediaId);
        var all = new[] { king }.Concat(duplicates).Concat(alternates).Concat(falsePositives).Concat(potentials).Distinct().ToList();
        var hashes = parts.HashIds.HashesOf(all);
        List<FileHash> Of(IEnumerable<long> ids) => ids.Select(id => hashes[id]).OrderBy(h => h).ToList();
        return new DuplicateFileInfo(hash, hashes[king], Of(duplicates), Of(alternates), Of(falsePositives), Of(potentials));
    }

    /// <summary>Forgets every potential pair of these files' duplicate groups (hydrus's "remove potential pairs"); unknown files are skipped.</summary>
    public void RemovePotentials(IEnumerable<FileHash> hashes) =>
        EachKnownFile(hashes, (_, mediaId) => parts.DuplicateUpdates.DeletePotentialsOf(mediaId));

    private long RequireHashId(FileHash hash) =>
        parts.HashIds.Find(hash) ?? throw new StoreException($"the store has no file {hash.ToHex()}");
}
