namespace HydraEngine.Storage.Duplicates;

/// <summary>What a comparison rule sees: the two files (A is the one spoken for), whether they are pixel duplicates, the scores.</summary>
internal sealed record ComparisonContext(ComparisonFile A, ComparisonFile B, bool PixelDuplicates, ComparisonScores Scores);

/// <summary>One aspect of hydrus's duplicate comparison; null when the aspect says nothing about this pair.</summary>
internal interface IComparisonRule
{
    ComparisonStatement? Compare(ComparisonContext context);
}
