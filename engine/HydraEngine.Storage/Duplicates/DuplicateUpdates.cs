using HydraEngine.Storage.Database;

namespace HydraEngine.Storage.Duplicates;

/// <summary>
/// The changes hydrus makes to duplicate groups, alternate groups, false positives and potential pairs, with
/// their transitive effects (a merged group brings its potentials, confirmed alternates and alternate group).
/// </summary>
internal sealed class DuplicateUpdates(StoreDatabase database, DuplicateGroups groups, SimilarFilesRecords similar)
{
    /// <summary>Adds potential pairs from <paramref name="mediaId"/>, skipping same group, files outside the similar-files system, false positives and confirmed alternates.</summary>
    public void AddPotentials(long mediaId, IEnumerable<(long MediaId, int Distance)> partners)
    {
        if (!similar.IsInSystem(groups.KingOf(mediaId)))
        {
            return;
        }

        foreach (var (other, distance) in partners)
        {
            if (other == mediaId || !similar.IsInSystem(groups.KingOf(other)) || groups.AreFalsePositive(mediaId, other) || groups.AreConfirmedAlternates(mediaId, other))
            {
                continue;
            }

            database.Execute(
                "INSERT OR IGNORE INTO potential_duplicate_pairs (smaller_media_id, larger_media_id, distance) VALUES (@Smaller, @Larger, @distance)",
                new { Smaller = Math.Min(mediaId, other), Larger = Math.Max(mediaId, other), distance });
        }
    }

    public void DeletePotential(long mediaIdA, long mediaIdB) =>
        database.Execute(
            "DELETE FROM potential_duplicate_pairs WHERE smaller_media_id = @Smaller AND larger_media_id = @Larger",
            new { Smaller = Math.Min(mediaIdA, mediaIdB), Larger = Math.Max(mediaIdA, mediaIdB) });

    public void DeletePotentialsOf(long mediaId) =>
        database.Execute("DELETE FROM potential_duplicate_pairs WHERE smaller_media_id = @mediaId OR larger_media_id = @mediaId", new { mediaId });

    /// <summary>Records "not related" between two alternate groups and drops the potentials between their members.</summary>
    public void SetFalsePositive(long alternatesGroupA, long alternatesGroupB)
    {
        if (alternatesGroupA == alternatesGroupB)
        {
            return;
        }

        var sideA = groups.AlternateMediaIds(alternatesGroupA).ToHashSet();
        var sideB = groups.AlternateMediaIds(alternatesGroupB).ToHashSet();
        foreach (var mediaId in sideA)
        {
            foreach (var (other, _) in groups.PotentialsOf(mediaId).Where(partner => sideB.Contains(partner.MediaId)))
            {
                DeletePotential(mediaId, other);
            }
        }

        database.Execute(
            "INSERT OR IGNORE INTO duplicate_false_positives (smaller_alternates_group_id, larger_alternates_group_id) VALUES (@Smaller, @Larger)",
            new { Smaller = Math.Min(alternatesGroupA, alternatesGroupB), Larger = Math.Max(alternatesGroupA, alternatesGroupB) });
    }

    /// <summary>Merges the mergee's alternate group into the superior's (false positives copied) and confirms the pair.</summary>
    public void SetAlternates(long superiorMediaId, long mergeeMediaId)
    {
        if (superiorMediaId == mergeeMediaId)
        {
            return;
        }

        DeletePotential(superiorMediaId, mergeeMediaId);
        var groupA = groups.AlternatesGroupOf(superiorMediaId)!.Value;
        var groupB = groups.AlternatesGroupOf(mergeeMediaId)!.Value;
        if (groupA != groupB)
        {
            foreach (var other in groups.FalsePositiveGroupsOf(groupB).Where(other => other != groupA && other != groupB))
            {
                SetFalsePositive(groupA, other);
            }

            database.Execute("UPDATE alternate_file_group_members SET alternates_group_id = @groupA WHERE alternates_group_id = @groupB", new { groupA, groupB });
            DissolveAlternatesGroup(groupB);
        }

        database.Execute(
            "INSERT OR IGNORE INTO confirmed_alternate_pairs (smaller_media_id, larger_media_id) VALUES (@Smaller, @Larger)",
            new { Smaller = Math.Min(superiorMediaId, mergeeMediaId), Larger = Math.Max(superiorMediaId, mergeeMediaId) });
    }

    /// <summary>Merges duplicate group <paramref name="mergeeMediaId"/> into <paramref name="superiorMediaId"/> (whose King stays King).</summary>
    public void SetDuplicates(long superiorMediaId, long mergeeMediaId)
    {
        if (superiorMediaId == mergeeMediaId)
        {
            return;
        }

        var superiorGroup = groups.AlternatesGroupOf(superiorMediaId);
        if (groups.AlternatesGroupOf(mergeeMediaId, create: false) is { } mergeeGroup && mergeeGroup != superiorGroup)
        {
            SetAlternates(superiorMediaId, mergeeMediaId);
        }

        var potentials = groups.PotentialsOf(mergeeMediaId).Where(partner => partner.MediaId != superiorMediaId).ToList();
        if (potentials.Count > 0)
        {
            AddPotentials(superiorMediaId, potentials);
        }

        foreach (var other in groups.ConfirmedAlternatesOf(mergeeMediaId).Where(other => other != superiorMediaId && other != mergeeMediaId))
        {
            SetAlternates(superiorMediaId, other);
        }

        database.Execute("UPDATE duplicate_file_members SET media_id = @superiorMediaId WHERE media_id = @mergeeMediaId", new { superiorMediaId, mergeeMediaId });
        DissolveMediaId(mergeeMediaId);
    }

    public void SetKing(long kingHashId, long mediaId) =>
        database.Execute("UPDATE duplicate_files SET king_hash_id = @kingHashId WHERE media_id = @mediaId", new { kingHashId, mediaId });

    /// <summary>Takes a file out of its duplicate group; a King leaving dissolves the whole group.</summary>
    public void RemoveMember(long hashId)
    {
        if (groups.FindMediaId(hashId) is not { } mediaId)
        {
            return;
        }

        if (groups.KingOf(mediaId) == hashId)
        {
            DissolveMediaId(mediaId);
            return;
        }

        database.Execute("DELETE FROM duplicate_file_members WHERE hash_id = @hashId", new { hashId });
        similar.ResetSearch([hashId]);
    }

    public void RemoveAlternateMember(long mediaId)
    {
        if (groups.AlternatesGroupOf(mediaId, create: false) is not { } groupId)
        {
            return;
        }

        var wasLast = groups.AlternateMediaIds(groupId).Count == 1;
        database.Execute("DELETE FROM alternate_file_group_members WHERE media_id = @mediaId", new { mediaId });
        database.Execute("DELETE FROM confirmed_alternate_pairs WHERE smaller_media_id = @mediaId OR larger_media_id = @mediaId", new { mediaId });
        if (wasLast)
        {
            DeleteAlternatesGroupRows(groupId);
        }

        similar.ResetSearch(groups.MembersOf(mediaId));
    }

    public void DissolveMediaId(long mediaId)
    {
        RemoveAlternateMember(mediaId);
        DeletePotentialsOf(mediaId);
        var members = groups.MembersOf(mediaId);
        database.Execute("DELETE FROM duplicate_file_members WHERE media_id = @mediaId", new { mediaId });
        database.Execute("DELETE FROM duplicate_files WHERE media_id = @mediaId", new { mediaId });
        similar.ResetSearch(members);
    }

    public void DissolveAlternatesGroup(long alternatesGroupId)
    {
        foreach (var mediaId in groups.AlternateMediaIds(alternatesGroupId))
        {
            DissolveMediaId(mediaId);
        }

        DeleteAlternatesGroupRows(alternatesGroupId);
    }

    /// <summary>Forgets every false-positive relation of these alternate groups; returns how many were cleared.</summary>
    public int ClearFalsePositives(IReadOnlyCollection<long> alternatesGroupIds) =>
        alternatesGroupIds.Sum(alternatesGroupId => database.Execute(
            "DELETE FROM duplicate_false_positives WHERE smaller_alternates_group_id = @alternatesGroupId OR larger_alternates_group_id = @alternatesGroupId",
            new { alternatesGroupId }));

    /// <summary>Forgets the false-positive relations between any two of these alternate groups; returns how many were cleared.</summary>
    public int ClearFalsePositivesBetween(IReadOnlyCollection<long> alternatesGroupIds)
    {
        var sorted = alternatesGroupIds.Distinct().Order().ToList();
        var cleared = 0;
        for (var smaller = 0; smaller < sorted.Count; smaller++)
        {
            for (var larger = smaller + 1; larger < sorted.Count; larger++)
            {
                cleared += database.Execute(
                    "DELETE FROM duplicate_false_positives WHERE smaller_alternates_group_id = @a AND larger_alternates_group_id = @b",
                    new { a = sorted[smaller], b = sorted[larger] });
            }
        }

        return cleared;
    }

    private void DeleteAlternatesGroupRows(long alternatesGroupId)
    {
        database.Execute("DELETE FROM alternate_file_groups WHERE alternates_group_id = @alternatesGroupId", new { alternatesGroupId });
        database.Execute(
            "DELETE FROM duplicate_false_positives WHERE smaller_alternates_group_id = @alternatesGroupId OR larger_alternates_group_id = @alternatesGroupId",
            new { alternatesGroupId });
    }
}
