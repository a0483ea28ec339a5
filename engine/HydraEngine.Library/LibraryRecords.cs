using HydraEngine.Model.Common;

namespace HydraEngine.Library;

/// <summary>Who or what made a version.</summary>
public enum VersionOrigin
{
    Import,
    LocalEdit,
    Rollback,
}

/// <summary>The current version of one library object.</summary>
/// <param name="LocalEditBase">When the object carries a local edit: the upstream version the edit sits on.</param>
public sealed record LibraryObject(
    LibraryKind Kind,
    string Name,
    string? Key,
    int Version,
    VersionOrigin Origin,
    Definition Definition,
    int? LocalEditBase);

/// <summary>One entry of an object's history.</summary>
public sealed record LibraryVersion(
    int Version,
    DateTimeOffset CreatedAt,
    VersionOrigin Origin,
    string? Source,
    string? Note,
    string Sha256,
    int? LocalEditBase,
    bool IsCurrent);

/// <summary>A line of <c>downloaders list</c>.</summary>
public sealed record LibraryObjectSummary(
    LibraryKind Kind,
    string Name,
    string TypeName,
    int CurrentVersion,
    int VersionCount,
    VersionOrigin Origin,
    bool HasLocalEdit);

/// <summary>One field a local edit and an upstream update both changed differently (JSON Pointer into the native JSON).</summary>
public sealed record FieldConflict(string Path, string? Ours, string? Theirs);

/// <summary>A local edit set aside because an upstream update conflicted with it: its native JSON and the conflicts.</summary>
public sealed record SetAsideEdit(DateTimeOffset CreatedAt, int UpstreamVersion, int EditVersion, IReadOnlyList<FieldConflict> Conflicts, string NativeJson);

/// <summary><c>downloaders show</c>: the current object, its links and any local-edit state.</summary>
/// <param name="LinkedParser">For a URL class, the parser that parses it (and whether the link is manual).</param>
/// <param name="LinkedUrlClasses">For a parser, the URL classes it parses.</param>
public sealed record LibraryObjectDetails(
    LibraryObject Current,
    int VersionCount,
    string? LinkedParser,
    bool ManualLink,
    IReadOnlyList<string> LinkedUrlClasses,
    IReadOnlyList<SetAsideEdit> SetAside);
