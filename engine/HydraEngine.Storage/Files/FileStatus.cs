namespace HydraEngine.Storage.Files;

/// <summary>Where a hash stands in the store.</summary>
public enum FileStatus
{
    /// <summary>Never imported (it may still carry tags, URLs or notes, waiting for an import).</summary>
    NotInStore,

    /// <summary>In at least one local file domain.</summary>
    Current,

    /// <summary>Deleted from every local file domain; its bytes are still on disk.</summary>
    InTrash,

    /// <summary>Removed from the trash: bytes gone, a deletion record kept.</summary>
    Deleted,
}
