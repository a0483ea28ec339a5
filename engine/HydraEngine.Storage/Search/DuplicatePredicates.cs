using HydraEngine.Model.Common;
using HydraEngine.Storage.Files;

namespace HydraEngine.Storage.Search;

/// <summary>The duplicates system's predicates.</summary>
public abstract record DuplicatePredicate : SearchPredicate;

/// <summary>
/// <c>system:similar to HASH [HASH…] [with distance [of] N]</c> (default 4): the files themselves, their pixel
/// duplicates, and every file whose perceptual hash is within N of one of theirs.
/// </summary>
public sealed record SimilarToPredicate(EquatableArray<FileHash> Hashes, int Distance) : DuplicatePredicate;

/// <summary>Which relationship <see cref="FileRelationshipCountPredicate"/> counts.</summary>
public enum FileRelationshipKind
{
    /// <summary>Other members of the file's duplicate group.</summary>
    Duplicates,

    /// <summary>Other duplicate groups in the file's alternate group.</summary>
    Alternates,

    /// <summary>Alternate groups marked "not related" with the file's.</summary>
    FalsePositives,

    /// <summary>Potential pairs the file's group is in.</summary>
    PotentialDuplicates,
}

/// <summary><c>system:num file relationships &lt; 3 alternates</c> (files with no group count 0).</summary>
public sealed record FileRelationshipCountPredicate(FileRelationshipKind Kind, NumberComparison Comparison, int Count) : DuplicatePredicate;

/// <summary><c>system:is the best quality file of its duplicate group</c> (a file with no group is its own King) and <c>… is not …</c>.</summary>
public sealed record DuplicateKingPredicate(bool IsKing) : DuplicatePredicate;
