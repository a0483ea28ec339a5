using HydraEngine.Storage.Files;
using HydraEngine.Storage.Repositories;

namespace HydraEngine.Repositories.Updates;

/// <summary>A decoded update file: definitions (type 36) or content (type 34).</summary>
public abstract record UpdateFile
{
    public abstract FileMime Mime { get; }
}

/// <summary>The repository's ids for hashes and tags.</summary>
public sealed record DefinitionsUpdate(IReadOnlyList<(long ServiceHashId, FileHash Hash)> Hashes, IReadOnlyList<(long ServiceTagId, string Tag)> Tags) : UpdateFile
{
    public const int TypeId = 36;

    public override FileMime Mime => FileMime.HydrusUpdateDefinitions;
}

/// <summary>Content rows per content type, added and deleted, in repository ids.</summary>
public sealed record ContentUpdate(
    IReadOnlyList<RepositoryMappingRow> AddedMappings,
    IReadOnlyList<RepositoryMappingRow> DeletedMappings,
    IReadOnlyDictionary<RepositoryContentType, PairChanges> Pairs,
    int FileRows) : UpdateFile
{
    public const int TypeId = 34;

    public override FileMime Mime => FileMime.HydrusUpdateContent;

    public PairChanges PairsOf(RepositoryContentType type) => Pairs.GetValueOrDefault(type) ?? PairChanges.Empty;
}

/// <summary>Sibling or parent pairs added and deleted.</summary>
public sealed record PairChanges(IReadOnlyList<(long First, long Second)> Added, IReadOnlyList<(long First, long Second)> Deleted)
{
    public static PairChanges Empty { get; } = new([], []);
}
