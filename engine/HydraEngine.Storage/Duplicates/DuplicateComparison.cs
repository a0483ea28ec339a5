using HydraEngine.Storage.Files;

namespace HydraEngine.Storage.Duplicates;

/// <summary>One line of a comparison: hydrus's name for the aspect, what we found, and its score for A (negative favours B).</summary>
public sealed record ComparisonStatement(string Name, string Text, int Score);

/// <summary>
/// hydrus's comparison statements for a pair, from A's side: each aspect with its score, and the total. A positive
/// total says A looks better, a negative one B, zero that neither does.
/// </summary>
public sealed record DuplicateComparison(FileHash A, FileHash B, bool PixelDuplicates, IReadOnlyList<ComparisonStatement> Statements)
{
    public int Score => Statements.Sum(statement => statement.Score);

    /// <summary>The file that looks better, or null on a tie.</summary>
    public FileHash? Better => Score > 0 ? A : Score < 0 ? B : null;
}
