namespace HydraEngine.Storage.Repositories;

/// <summary>What an upload asks of the repository, numbered as hydrus numbers its content update actions.</summary>
public enum RepositoryUploadAction
{
    /// <summary>Add (pend) a mapping, sibling or parent.</summary>
    Pend = 2,

    /// <summary>Ask for a mapping, sibling or parent to be removed.</summary>
    Petition = 4,
}
