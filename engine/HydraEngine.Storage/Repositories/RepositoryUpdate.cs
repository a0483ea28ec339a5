using HydraEngine.Storage.Files;

namespace HydraEngine.Storage.Repositories;

/// <summary>One update file a repository lists: its index, its hash, and its type once it has been downloaded.</summary>
public sealed record RepositoryUpdate(long UpdateIndex, FileHash Hash, FileMime? Mime)
{
    public bool Downloaded => Mime is not null;
}

/// <summary>One unit of processing: one content type of one downloaded update file.</summary>
public sealed record RepositoryWorkItem(long UpdateIndex, FileHash Hash, RepositoryContentType ContentType);

/// <summary>A mappings row of a content update: a repository tag id and the repository hash ids it maps to.</summary>
public sealed record RepositoryMappingRow(long ServiceTagId, long[] ServiceHashIds);

/// <summary>How far a repository has got: update files known, downloaded and processed, and what processing cost.</summary>
public sealed record RepositoryProgress(
    int UpdatesKnown,
    int UpdatesDownloaded,
    int WorkItemsTotal,
    int WorkItemsProcessed,
    long RowsProcessed,
    long ProcessingMilliseconds,
    RepositoryContentCounts Content)
{
    public double RowsPerSecond => ProcessingMilliseconds == 0 ? 0 : RowsProcessed * 1000.0 / ProcessingMilliseconds;
}

/// <summary>A local change waiting to be committed to a repository.</summary>
public sealed record RepositoryPendingContent(RepositoryContentType ContentType, RepositoryUploadAction Action, string First, string Second, string Reason);

/// <summary>What the repository's tag service holds: mappings (rows, and the per-tag counts summed), siblings, parents.</summary>
public sealed record RepositoryContentCounts(long Mappings, long CountedMappings, long Siblings, long Parents);
