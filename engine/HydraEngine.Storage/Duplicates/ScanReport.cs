namespace HydraEngine.Storage.Duplicates;

/// <summary>What one similar-files maintenance run did.</summary>
public sealed record ScanReport(int FilesHashed, int FilesWithoutHashes, int FilesSearched, int Distance, long PotentialPairs);
