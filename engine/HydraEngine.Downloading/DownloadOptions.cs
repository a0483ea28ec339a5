using HydraEngine.Storage.Services;

namespace HydraEngine.Downloading;

/// <summary>How downloads import and pace themselves. hydrus's defaults unless stated.</summary>
public sealed record DownloadOptions
{
    /// <summary>The tag service parsed tags go to.</summary>
    public string TagService { get; init; } = ServiceCatalog.DownloaderTags;

    /// <summary>The local file domain new files go to.</summary>
    public string FileDomain { get; init; } = ServiceCatalog.MyFiles;

    /// <summary>Download files whose URL or hash says they were deleted before (hydrus: off).</summary>
    public bool AllowPreviouslyDeleted { get; init; }

    /// <summary>New URLs per query a gallery download collects at most (hydrus: 2000).</summary>
    public int GalleryFileLimit { get; init; } = 2000;

    /// <summary>How long a watcher or subscription query waits after a network error (hydrus: 90 minutes).</summary>
    public TimeSpan NetworkErrorDelay { get; init; } = TimeSpan.FromMinutes(90);

    /// <summary>Jobs worked on at once by a run (each job works its own files one at a time).</summary>
    public int MaxConcurrentJobs { get; init; } = 4;

    /// <summary>File seeds one job works at once (its next download overlaps the last one's import); 1 is hydrus's one-at-a-time.</summary>
    public int FilesInParallel { get; init; } = 2;

    /// <summary>Where downloads stream before the store takes them (null: the store's own temp folder).</summary>
    public string? TemporaryFolder { get; init; }

    public static DownloadOptions Default { get; } = new();
}
