namespace HydraEngine.Library.Storage;

/// <summary>A row of <c>library_objects</c>: one (kind, name) and which version is current.</summary>
internal sealed record ObjectRow(long ObjectId, string Kind, string Name, long CurrentVersion);

/// <summary>
/// A row of <c>library_versions</c>. <see cref="BaseVersion"/> is set on a locally edited version: the upstream
/// version the edit sits on (what a later import merges against).
/// </summary>
internal sealed record VersionRow(
    long ObjectId,
    long Version,
    long CreatedMs,
    string Origin,
    string? Source,
    string? Note,
    long TypeId,
    string? ObjectKey,
    string Sha256,
    string HydrusJson,
    long? BaseVersion);

/// <summary>A manual URL class → parser link; a null parser means "never parse this class".</summary>
internal sealed record LinkRow(string UrlClassName, string? ParserName, long CreatedMs);

/// <summary>A local edit an import could not fully re-apply, kept aside with its conflicts.</summary>
internal sealed record SetAsideRow(long SetAsideId, long ObjectId, long CreatedMs, long UpstreamVersion, long EditVersion, string ConflictsJson, string NativeJson);
