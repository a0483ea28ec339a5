using HydraEngine.Storage.Metadata;
using HydraEngine.Storage.Tags;

namespace HydraEngine.Storage.Files;

/// <summary>Everything the store knows about one hash.</summary>
public sealed record FileReport(
    FileHash Hash,
    FileStatus Status,
    FileMetadata? Metadata,
    bool Inbox,
    string? Path,
    IReadOnlyList<FileServiceEntry> Current,
    IReadOnlyList<FileDeletionEntry> Deleted,
    IReadOnlyList<string> Urls,
    IReadOnlyDictionary<string, string> Notes,
    IReadOnlyList<FileTimestamp> Timestamps,
    IReadOnlyList<ServiceTags> Tags)
{
    /// <summary>The file's MD5, SHA-1 and SHA-512, when recorded (files imported before schema version 6 have none until imported again).</summary>
    public LocalHashes? LocalHashes { get; init; }

    /// <summary>Display tags of every tag service together, human sorted.</summary>
    public IReadOnlyList<string> AllDisplayTags => TagText.Sorted(Tags.SelectMany(service => service.DisplayTags).Distinct(StringComparer.Ordinal));

    /// <summary>When the file entered "all local files" (its first import), if it is stored.</summary>
    public DateTimeOffset? ImportTime => Current.FirstOrDefault(entry => entry.Service == Services.ServiceCatalog.AllLocalFiles)?.Time;
}

/// <summary>A file service holding the file, and when it was added there.</summary>
public sealed record FileServiceEntry(string Service, DateTimeOffset Time);

/// <summary>A deletion record: when the file left the service, when it had been added, and why.</summary>
public sealed record FileDeletionEntry(string Service, DateTimeOffset Time, DateTimeOffset? OriginalTime, string? Reason);

/// <summary>A file's tags in one tag service: as stored, and as displayed (siblings and parents applied), human sorted.</summary>
public sealed record ServiceTags(string Service, IReadOnlyList<string> StorageTags, IReadOnlyList<string> DisplayTags);
