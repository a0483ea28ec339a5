using HydraEngine.Definitions;
using HydraEngine.Definitions.Diagnostics;
using HydraEngine.Library.Versioning;
using HydraEngine.Model.Common;

namespace HydraEngine.Library.Importing;

/// <summary>What an import would do with one object.</summary>
public enum ImportAction
{
    /// <summary>No object of this kind and name yet: it is added.</summary>
    New,

    /// <summary>It replaces the same-named current object and becomes current (the old one stays in the history).</summary>
    Replace,

    /// <summary>The library already has exactly this (apart from its key): skipped.</summary>
    Identical,

    /// <summary>An earlier object in this import has the same kind and name; as in hydrus, the first one wins.</summary>
    DuplicateInPayload,
}

/// <summary>How an object's local edit fares when the import updates it.</summary>
/// <param name="Merged">The local edit re-applied on the new upstream version; null when nothing of it remains.</param>
/// <param name="Conflicts">Fields both sides changed: the upstream value is kept and the edit is set aside.</param>
/// <param name="OursNativeJson">The local edit as it was, kept aside when there are conflicts.</param>
public sealed record LocalEditMerge(int BaseVersion, int EditVersion, Definition? Merged, IReadOnlyList<FieldConflict> Conflicts, string OursNativeJson);

/// <summary>One object of the import and what would happen to it.</summary>
/// <param name="Incoming">The object as the import brings it (for domain metadata: merged with the current package as hydrus merges).</param>
/// <param name="Result">What becomes current: <see cref="Incoming"/>, or it with the local edit re-applied.</param>
/// <param name="Changes">Field changes from the current object to <see cref="Result"/> (for <see cref="ImportAction.Replace"/>).</param>
public sealed record PlannedChange(
    ImportAction Action,
    LibraryKind Kind,
    string Name,
    string TypeName,
    string Source,
    Definition Incoming,
    Definition Result,
    int? ReplacesVersion,
    IReadOnlyList<FieldChange> Changes,
    LocalEditMerge? LocalEdit)
{
    public bool Writes => Action is ImportAction.New or ImportAction.Replace;
}

/// <summary>One input file: what it held.</summary>
public sealed record ImportFile(string Source, DefinitionFormat? Format, string Description, int DownloaderObjects, int MiscObjects, bool Loaded);

/// <summary>
/// The "does this look correct?" view of an import, made before anything is written: the files, every object's
/// fate, and every diagnostic (errors block the import; warnings such as duplicate or shadowed URL classes do not).
/// Valid only for the library revision it was planned on.
/// </summary>
public sealed record ImportPlan(
    string LibraryId,
    long Revision,
    IReadOnlyList<ImportFile> Files,
    IReadOnlyList<PlannedChange> Changes,
    IReadOnlyList<DefinitionDiagnostic> Diagnostics)
{
    public bool HasErrors => Diagnostics.Any(diagnostic => diagnostic.Severity == DiagnosticSeverity.Error);

    /// <summary>The test packs the files carry (stored with their parsers when the plan is applied).</summary>
    public IReadOnlyList<Testing.ParserTest> Tests { get; init; } = [];

    /// <summary>Those tests run against what the import would make current.</summary>
    public IReadOnlyList<Testing.ParserTestResult> TestResults { get; init; } = [];

    public IReadOnlyList<PlannedChange> ToWrite => Changes.Where(change => change.Writes).ToList();

    /// <summary>True when applying would change the library.</summary>
    public bool CanApply => !HasErrors && Changes.Any(change => change.Writes);
}

/// <summary>What an applied import wrote.</summary>
public sealed record ImportOutcome(int Added, int Replaced, int Skipped, int LocalEditsReapplied, int LocalEditsSetAside, long Revision);
