namespace HydraEngine.Storage.Deletion;

/// <summary>What a delete did to one file.</summary>
public enum DeletionOutcome
{
    /// <summary>Removed from a domain; still in another local file domain.</summary>
    RemovedFromDomain,

    /// <summary>Removed from its last local file domain, so it is now in the trash.</summary>
    MovedToTrash,

    /// <summary>Removed from the trash: its bytes are gone and a deletion record remains.</summary>
    Purged,

    /// <summary>The store does not hold the file (never imported, or already deleted).</summary>
    NotPresent,
}
