namespace HydraEngine.Storage.Duplicates;

/// <summary>Tag count (display tags of every service together): more tags scores "more tags".</summary>
internal sealed class TagCountComparison : IComparisonRule
{
    public ComparisonStatement? Compare(ComparisonContext context)
    {
        var (a, b) = (context.A.TagCount, context.B.TagCount);
        if (a == b)
        {
            return new ComparisonStatement("num_tags", $"both have {a:N0} tags", 0);
        }

        var relation = a > 0 && b > 0 ? (a > b ? ">" : "<") : a > 0 ? ">>" : "<<";
        return new ComparisonStatement("num_tags", $"{a:N0} tags {relation} {b:N0} tags", a > b ? context.Scores.MoreTags : -context.Scores.MoreTags);
    }
}
