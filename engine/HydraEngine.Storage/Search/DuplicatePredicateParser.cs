using System.Globalization;
using System.Text.RegularExpressions;
using HydraEngine.Storage.Files;

namespace HydraEngine.Storage.Search;

/// <summary>hydrus's wording of the duplicates predicates (as its system predicate parser accepts them).</summary>
internal static partial class DuplicatePredicateParser
{
    private const int DefaultSimilarDistance = 4;

    /// <summary>The predicate names, for "did you mean".</summary>
    public static readonly string[] Names = ["similar to", "num file relationships", "is the best quality file of its duplicate group", "is not the best quality file of its duplicate group"];

    /// <summary>The predicate, or null when <paramref name="lower"/> (lower case, single spaces) is not one of these.</summary>
    public static DuplicatePredicate? TryParse(string lower, int column)
    {
        if (King().IsMatch(lower))
        {
            return new DuplicateKingPredicate(true);
        }

        if (NotKing().IsMatch(lower))
        {
            return new DuplicateKingPredicate(false);
        }

        if (SimilarTo().Match(lower) is { Success: true } similar)
        {
            var hashes = similar.Groups["hashes"].Value.Split([' ', ','], StringSplitOptions.RemoveEmptyEntries).Select(FileHash.Parse).ToArray();
            var distance = similar.Groups["distance"].Success ? int.Parse(similar.Groups["distance"].Value, CultureInfo.InvariantCulture) : DefaultSimilarDistance;
            return distance <= 64
                ? new SimilarToPredicate(hashes, distance)
                : throw new QuerySyntaxException($"system:similar to needs a distance from 0 to 64 (got {distance})", column);
        }

        if (Relationships().Match(lower) is { Success: true } count)
        {
            return new FileRelationshipCountPredicate(
                Kind(count.Groups["kind"].Value),
                ValueParsers.Comparison(count.Groups["op"].Value),
                int.Parse(count.Groups["count"].Value, CultureInfo.InvariantCulture));
        }

        if (lower.StartsWith("similar to", StringComparison.Ordinal) || lower.Contains("file relationships", StringComparison.Ordinal))
        {
            throw new QuerySyntaxException(
                $"cannot read 'system:{lower}': use system:similar to HASH [with distance N] or system:num file relationships < N duplicates|alternates|false positives|potential duplicates",
                column);
        }

        return null;
    }

    private static FileRelationshipKind Kind(string text) => text switch
    {
        "duplicates" or "duplicate" => FileRelationshipKind.Duplicates,
        "alternates" or "alternate" => FileRelationshipKind.Alternates,
        "potential duplicates" or "potential duplicate" => FileRelationshipKind.PotentialDuplicates,
        _ => FileRelationshipKind.FalsePositives,
    };

    [GeneratedRegex(@"^(is )?(the )?best quality( file)? of( its)?( duplicate)? group$")]
    private static partial Regex King();

    [GeneratedRegex(@"^(((is )?not)|(isn't))( the)? best quality( file)? of( its)?( duplicate)? group$")]
    private static partial Regex NotKing();

    [GeneratedRegex(@"^similar to( files)? (?<hashes>[0-9a-f]{64}([ ,]+[0-9a-f]{64})*)( with)?( distance)?( of)? ?(?<distance>\d+)?$")]
    private static partial Regex SimilarTo();

    [GeneratedRegex(@"^num(ber)?( of)? file relationships ?(?<op><=|>=|!=|≠|≤|≥|<|>|=) ?(?<count>\d+) (?<kind>duplicates?|alternates?|potential duplicates?|not related/false positives?|not related|false positives?)$")]
    private static partial Regex Relationships();
}
