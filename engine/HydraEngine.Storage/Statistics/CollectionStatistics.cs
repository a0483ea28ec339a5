namespace HydraEngine.Storage.Statistics;

/// <summary>What hydrus's Mr. Bones shows of "all my files": inbox, archive and deleted counts and sizes, and the first import.</summary>
public sealed record CollectionStatistics(
    long NumInbox,
    long SizeInbox,
    long NumArchive,
    long SizeArchive,
    long NumDeleted,
    long SizeDeleted,
    DateTimeOffset? EarliestImportTime);
