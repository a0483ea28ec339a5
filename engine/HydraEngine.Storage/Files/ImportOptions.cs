using HydraEngine.Storage.Services;
using Microsoft.Data.Sqlite;

namespace HydraEngine.Storage.Files;

/// <summary>Where an import goes and what it carries.</summary>
public sealed record ImportOptions
{
    /// <summary>The local file domain the file is added to.</summary>
    public string FileDomain { get; init; } = ServiceCatalog.MyFiles;

    /// <summary>The tag service <see cref="Tags"/> go to.</summary>
    public string TagService { get; init; } = ServiceCatalog.MyTags;

    /// <summary>Tags as typed; they are cleaned as hydrus cleans tags. A tag that cleans to nothing is an error.</summary>
    public IReadOnlyList<string> Tags { get; init; } = [];

    public IReadOnlyList<string> Urls { get; init; } = [];

    /// <summary>Notes by name.</summary>
    public IReadOnlyDictionary<string, string> Notes { get; init; } = new Dictionary<string, string>();

    /// <summary>When the source says the file was posted; stored per domain of <see cref="Urls"/> (earliest wins).</summary>
    public DateTimeOffset? SourceTime { get; init; }

    /// <summary>Import files that were deleted before instead of reporting "previously deleted".</summary>
    public bool AllowPreviouslyDeleted { get; init; }

    /// <summary>
    /// Runs inside the import's transaction once the file is recorded (imported or already in db): rows of another
    /// component of the same database that must commit with the file, such as a download seed's status. When it
    /// throws, the import's transaction rolls back and the exception comes out of the import.
    /// </summary>
    public Action<SqliteTransaction, ImportResult>? WithinCommit { get; init; }

    public static ImportOptions Default { get; } = new();
}
