namespace HydraEngine.Parsing.Tracing;

/// <summary>
/// One level of the path to what a failing rule reached: the element (or JSON step) in the old document, its
/// counterpart in the new one (null when there is none), what changed on it, and what changed among its siblings.
/// </summary>
public sealed record DiffLevel(string? Old, string? New, IReadOnlyList<string> Changes, IReadOnlyList<string> SiblingsAdded, IReadOnlyList<string> SiblingsRemoved);

/// <summary>
/// A structural diff of an old (saved) and a new document around the first rule of a formula that reaches nothing in the
/// new one: <paramref name="RulePointer"/> names that rule, the paths are what it reached in the old document and where
/// that is in the new one, level by level from the root.
/// </summary>
public sealed record DocumentDiff(string Kind, string? RulePointer, string? RuleLabel, string OldPath, string NewPath, IReadOnlyList<DiffLevel> Levels)
{
    /// <summary>Every change, each prefixed by the level it was seen at.</summary>
    public IReadOnlyList<string> Summary => Levels
        .SelectMany(level => level.Changes.Select(change => $"{level.Old ?? level.New}: {change}")
            .Concat(level.SiblingsAdded.Select(sibling => $"{level.Old ?? level.New}: sibling added {sibling}"))
            .Concat(level.SiblingsRemoved.Select(sibling => $"{level.Old ?? level.New}: sibling removed {sibling}")))
        .ToList();
}
