using HydraEngine.Storage.Files;

namespace HydraEngine.Storage.Metadata;

/// <summary>A file known by a URL, and where it stands.</summary>
public sealed record UrlFile(FileHash Hash, FileStatus Status);

/// <summary>What the store knows about a URL.</summary>
public sealed record UrlLookup(string Url, IReadOnlyList<UrlFile> Files)
{
    /// <summary>A file with this URL is in the store.</summary>
    public bool AlreadyInDb => Files.Any(file => file.Status == FileStatus.Current);

    /// <summary>A file with this URL was deleted (trash or gone) and none is current: a downloader should skip it.</summary>
    public bool PreviouslyDeleted => !AlreadyInDb && Files.Any(file => file.Status is FileStatus.InTrash or FileStatus.Deleted);
}
