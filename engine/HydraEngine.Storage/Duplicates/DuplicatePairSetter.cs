namespace HydraEngine.Storage.Duplicates;

/// <summary>
/// hydrus's <c>SetDuplicatePairStatus</c> for one pair: the potential pair between the two groups is dropped
/// first, then the relationship is applied with hydrus's king, merge and alternate rules.
/// </summary>
internal sealed class DuplicatePairSetter(DuplicateGroups groups, DuplicateUpdates updates)
{
    public void Set(DuplicateRelationship relationship, long hashIdA, long hashIdB)
    {
        var mediaIdA = groups.MediaIdOf(hashIdA);
        var mediaIdB = groups.MediaIdOf(hashIdB);
        updates.DeletePotential(mediaIdA, mediaIdB);
        if (hashIdA == hashIdB)
        {
            return;
        }

        switch (relationship)
        {
            case DuplicateRelationship.FalsePositive:
                updates.SetFalsePositive(groups.AlternatesGroupOf(mediaIdA)!.Value, groups.AlternatesGroupOf(mediaIdB)!.Value);
                break;
            case DuplicateRelationship.Alternates:
                SetAlternates(hashIdA, hashIdB, mediaIdA, mediaIdB);
                break;
            case DuplicateRelationship.Better:
                SetBetter(hashIdA, hashIdB, mediaIdA, mediaIdB);
                break;
            case DuplicateRelationship.SameQuality:
                SetSameQuality(hashIdA, hashIdB, mediaIdA, mediaIdB);
                break;
            case DuplicateRelationship.Potential:
                updates.AddPotentials(mediaIdA, [(mediaIdB, 0)]);
                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(relationship), relationship, "not a duplicate relationship");
        }
    }

    private void SetAlternates(long hashIdA, long hashIdB, long mediaIdA, long mediaIdB)
    {
        if (mediaIdA == mediaIdB)
        {
            updates.RemoveMember(groups.KingOf(mediaIdA) == hashIdA ? hashIdB : hashIdA);
            mediaIdA = groups.MediaIdOf(hashIdA);
            mediaIdB = groups.MediaIdOf(hashIdB);
        }

        updates.SetAlternates(mediaIdA, mediaIdB);
    }

    private void SetBetter(long hashIdA, long hashIdB, long mediaIdA, long mediaIdB)
    {
        var kingB = groups.KingOf(mediaIdB);
        if (mediaIdA == mediaIdB)
        {
            if (hashIdB == kingB)
            {
                updates.SetKing(hashIdA, mediaIdA);
            }

            return;
        }

        if (hashIdB != kingB)
        {
            updates.RemoveMember(hashIdB);
            mediaIdB = groups.MediaIdOf(hashIdB);
        }

        updates.SetDuplicates(mediaIdA, mediaIdB);
    }

    private void SetSameQuality(long hashIdA, long hashIdB, long mediaIdA, long mediaIdB)
    {
        if (mediaIdA == mediaIdB)
        {
            return;
        }

        var aIsKing = hashIdA == groups.KingOf(mediaIdA);
        var bIsKing = hashIdB == groups.KingOf(mediaIdB);
        if (!aIsKing && !bIsKing)
        {
            updates.RemoveMember(hashIdB);
            updates.SetDuplicates(mediaIdA, groups.MediaIdOf(hashIdB));
        }
        else if (!aIsKing || bIsKing)
        {
            updates.SetDuplicates(mediaIdA, mediaIdB);
        }
        else
        {
            updates.SetDuplicates(mediaIdB, mediaIdA);
        }
    }
}
