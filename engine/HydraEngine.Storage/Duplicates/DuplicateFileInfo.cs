using HydraEngine.Storage.Files;

namespace HydraEngine.Storage.Duplicates;

/// <summary>
/// A file's relationships: its group's King, the other members of its duplicate group, the Kings of the other
/// groups in its alternate group, the Kings of groups marked false positive with it, and its potential partners.
/// </summary>
public sealed record DuplicateFileInfo(
    FileHash Hash,
    FileHash King,
    IReadOnlyList<FileHash> Duplicates,
    IReadOnlyList<FileHash> Alternates,
    IReadOnlyList<FileHash> FalsePositives,
    IReadOnlyList<FileHash> Potentials);
