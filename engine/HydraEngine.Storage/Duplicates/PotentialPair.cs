using HydraEngine.Storage.Files;

namespace HydraEngine.Storage.Duplicates;

/// <summary>A potential duplicate pair, shown as the two groups' Kings.</summary>
public sealed record PotentialPair(FileHash KingA, FileHash KingB, int Distance);
