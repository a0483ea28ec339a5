using HydraEngine.Storage.Database;

namespace HydraEngine.Storage.Duplicates;

/// <summary>
/// hydrus's duplicate groups (media ids with a King), alternate groups and false positives, read side. Every file
/// that is looked at gets a singleton group lazily (<see cref="MediaIdOf"/>), as in hydrus.
/// </summary>
internal sealed class DuplicateGroups(StoreDatabase database)
{
    /// <summary>The file's duplicate group, created (with the file as King) when it has none.</summary>
    public long MediaIdOf(long hashId)
    {
        if (FindMediaId(hashId) is { } existing)
        {
            return existing;
        }

        var mediaId = database.ExecuteScalar<long?>("SELECT media_id FROM duplicate_files WHERE king_hash_id = @hashId", new { hashId })
            ?? database.ExecuteScalar<long>("INSERT INTO duplicate_files (king_hash_id) VALUES (@hashId) RETURNING media_id", new { hashId });
        database.Execute("INSERT INTO duplicate_file_members (media_id, hash_id) VALUES (@mediaId, @hashId)", new { mediaId, hashId });
        return mediaId;
    }

    public long? FindMediaId(long hashId) =>
        database.ExecuteScalar<long?>("SELECT media_id FROM duplicate_file_members WHERE hash_id = @hashId", new { hashId });

    public long KingOf(long mediaId) =>
        database.ExecuteScalar<long>("SELECT king_hash_id FROM duplicate_files WHERE media_id = @mediaId", new { mediaId });

    /// <summary>A file is a King when it is its group's King or has no group at all.</summary>
    public bool IsKing(long hashId) => FindMediaId(hashId) is not { } mediaId || KingOf(mediaId) == hashId;

    public IReadOnlyList<long> MembersOf(long mediaId) =>
        database.Query<long>("SELECT hash_id FROM duplicate_file_members WHERE media_id = @mediaId ORDER BY hash_id", new { mediaId }).ToList();

    /// <summary>The file's alternate group, created (holding only its duplicate group) unless <paramref name="create"/> is false.</summary>
    public long? AlternatesGroupOf(long mediaId, bool create = true)
    {
        var existing = database.ExecuteScalar<long?>("SELECT alternates_group_id FROM alternate_file_group_members WHERE media_id = @mediaId", new { mediaId });
        if (existing is not null || !create)
        {
            return existing;
        }

        var groupId = database.ExecuteScalar<long>("INSERT INTO alternate_file_groups DEFAULT VALUES RETURNING alternates_group_id");
        database.Execute("INSERT INTO alternate_file_group_members (alternates_group_id, media_id) VALUES (@groupId, @mediaId)", new { groupId, mediaId });
        return groupId;
    }

    public IReadOnlyList<long> AlternateMediaIds(long alternatesGroupId) =>
        database.Query<long>("SELECT media_id FROM alternate_file_group_members WHERE alternates_group_id = @alternatesGroupId ORDER BY media_id", new { alternatesGroupId }).ToList();

    public IReadOnlyList<long> FalsePositiveGroupsOf(long alternatesGroupId) =>
        database.Query<long>("""
            SELECT larger_alternates_group_id FROM duplicate_false_positives WHERE smaller_alternates_group_id = @alternatesGroupId
            UNION SELECT smaller_alternates_group_id FROM duplicate_false_positives WHERE larger_alternates_group_id = @alternatesGroupId
            """, new { alternatesGroupId }).ToList();

    public bool AreFalsePositive(long mediaIdA, long mediaIdB)
    {
        if (AlternatesGroupOf(mediaIdA, create: false) is not { } groupA || AlternatesGroupOf(mediaIdB, create: false) is not { } groupB || groupA == groupB)
        {
            return false;
        }

        return database.ExecuteScalar<long>(
            "SELECT COUNT(*) FROM duplicate_false_positives WHERE smaller_alternates_group_id = @Smaller AND larger_alternates_group_id = @Larger",
            new { Smaller = Math.Min(groupA, groupB), Larger = Math.Max(groupA, groupB) }) > 0;
    }

    public bool AreConfirmedAlternates(long mediaIdA, long mediaIdB) =>
        database.ExecuteScalar<long>(
            "SELECT COUNT(*) FROM confirmed_alternate_pairs WHERE smaller_media_id = @Smaller AND larger_media_id = @Larger",
            new { Smaller = Math.Min(mediaIdA, mediaIdB), Larger = Math.Max(mediaIdA, mediaIdB) }) > 0;

    /// <summary>The potential partners of a group with their distances.</summary>
    public IReadOnlyList<(long MediaId, int Distance)> PotentialsOf(long mediaId) =>
        database.Query<(long, int)>("""
            SELECT smaller_media_id, distance FROM potential_duplicate_pairs WHERE larger_media_id = @mediaId
            UNION SELECT larger_media_id, distance FROM potential_duplicate_pairs WHERE smaller_media_id = @mediaId
            """, new { mediaId }).ToList();

    public IReadOnlyList<long> ConfirmedAlternatesOf(long mediaId) =>
        database.Query<long>("""
            SELECT smaller_media_id FROM confirmed_alternate_pairs WHERE larger_media_id = @mediaId
            UNION SELECT larger_media_id FROM confirmed_alternate_pairs WHERE smaller_media_id = @mediaId
            """, new { mediaId }).ToList();
}
