namespace HydraEngine.Storage.Files;

/// <summary>The outcome of one import, in hydrus's words.</summary>
public enum ImportStatus
{
    /// <summary>New to the store (or brought back from deletion when that was allowed).</summary>
    Imported,

    /// <summary>"already in db": the bytes were already stored; the given tags, URLs and notes were still added.</summary>
    AlreadyInDb,

    /// <summary>"previously deleted": the file was deleted before, so nothing was changed.</summary>
    PreviouslyDeleted,
}
