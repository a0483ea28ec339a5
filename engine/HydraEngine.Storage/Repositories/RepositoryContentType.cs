namespace HydraEngine.Storage.Repositories;

/// <summary>What a repository update carries, numbered as hydrus numbers its content types.</summary>
public enum RepositoryContentType
{
    Mappings = 0,
    TagSiblings = 1,
    TagParents = 2,
    Files = 3,

    /// <summary>A definitions update file: the repository's ids for hashes and tags.</summary>
    Definitions = 21,
}
