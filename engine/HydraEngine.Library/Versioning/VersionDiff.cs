namespace HydraEngine.Library.Versioning;

/// <summary>Two versions of one object compared: the changed fields and a unified diff of their native JSON.</summary>
public sealed record VersionDiff(
    LibraryKind Kind,
    string Name,
    LibraryVersion From,
    LibraryVersion To,
    IReadOnlyList<FieldChange> Changes,
    IReadOnlyList<string> Lines);
