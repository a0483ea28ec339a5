using HydraEngine.Storage.Duplicates;
using HydraEngine.Storage.Files;

namespace HydraEngine.Storage;

/// <summary>Undoing duplicate decisions as hydrus does: taking files out of groups, dissolving groups, clearing false positives.</summary>
public sealed partial class HydraStore
{
    /// <summary>Takes each file out of its duplicate group (a King leaving dissolves the group); the files are searched again.</summary>
    public void RemoveFromDuplicateGroup(IEnumerable<FileHash> hashes) =>
        EachKnownFile(hashes, (hashId, _) => parts.DuplicateUpdates.RemoveMember(hashId));

    /// <summary>Takes each file's duplicate group out of its alternate group (and its confirmed-alternate pairs).</summary>
    public void RemoveFromAlternateGroup(IEnumerable<FileHash> hashes) =>
        EachKnownFile(hashes, (_, mediaId) => parts.DuplicateUpdates.RemoveAlternateMember(mediaId));

    /// <summary>Dissolves each file's duplicate group: every member becomes a singleton again, its potentials are dropped and re-searched.</summary>
    public void DissolveDuplicateGroup(IEnumerable<FileHash> hashes) =>
        EachKnownFile(hashes, (_, mediaId) => parts.DuplicateUpdates.DissolveMediaId(mediaId));

    /// <summary>Dissolves each file's alternate group, and every duplicate group in it.</summary>
    public void DissolveAlternateGroup(IEnumerable<FileHash> hashes) =>
        EachKnownFile(hashes, (_, mediaId) =>
        {
            if (parts.DuplicateGroups.AlternatesGroupOf(mediaId, create: false) is { } alternatesGroupId)
            {
                parts.DuplicateUpdates.DissolveAlternatesGroup(alternatesGroupId);
            }
        });

    /// <summary>
    /// Forgets the false-positive relations of these files' alternate groups: all of them, or with
    /// <paramref name="onlyBetweenThem"/> only those between two of the given files. Returns how many were cleared.
    /// </summary>
    public int ClearFalsePositives(IEnumerable<FileHash> hashes, bool onlyBetweenThem = false)
    {
        using var transaction = database.BeginWrite();
        var hashIds = hashes.Select(parts.HashIds.Find).OfType<long>().ToList();
        var alternatesGroupIds = hashIds
            .Select(parts.DuplicateGroups.FindMediaId).OfType<long>()
            .Select(mediaId => parts.DuplicateGroups.AlternatesGroupOf(mediaId, create: false)).OfType<long>()
            .ToHashSet();
        var cleared = onlyBetweenThem ? parts.DuplicateUpdates.ClearFalsePositivesBetween(alternatesGroupIds) : parts.DuplicateUpdates.ClearFalsePositives(alternatesGroupIds);
        parts.SimilarFiles.ResetSearch(hashIds);
        transaction.Complete();
        return cleared;
    }

    /// <summary>Runs <paramref name="action"/> (hash id, media id) for each file that has a duplicate group, in one transaction; other files are skipped.</summary>
    private void EachKnownFile(IEnumerable<FileHash> hashes, Action<long, long> action)
    {
        using var transaction = database.BeginWrite();
        foreach (var hash in hashes)
        {
            if (parts.HashIds.Find(hash) is { } hashId && parts.DuplicateGroups.FindMediaId(hashId) is { } mediaId)
            {
                action(hashId, mediaId);
            }
        }

        transaction.Complete();
    }
}
