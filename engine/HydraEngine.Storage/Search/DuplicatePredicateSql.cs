using System.Globalization;

namespace HydraEngine.Storage.Search;

/// <summary>SQL conditions over the searched file row <c>f</c> for the duplicates predicates.</summary>
internal static class DuplicatePredicateSql
{
    private const string MediaOfFile = "(SELECT d1.media_id FROM duplicate_file_members d1 WHERE d1.hash_id = f.hash_id)";
    private const string AlternatesGroupOfFile = "(SELECT a1.alternates_group_id FROM alternate_file_group_members a1 WHERE a1.media_id = " + MediaOfFile + ")";

    /// <param name="similarTo">The hash ids a <see cref="SimilarToPredicate"/> matches.</param>
    public static string Condition(DuplicatePredicate predicate, Func<SimilarToPredicate, IReadOnlyCollection<long>> similarTo) => predicate switch
    {
        DuplicateKingPredicate { IsKing: true } => $"NOT {NotKingExists}",
        DuplicateKingPredicate => NotKingExists,
        SimilarToPredicate similar => $"f.hash_id IN ({Ids(similarTo(similar))})",
        FileRelationshipCountPredicate count => $"{CountOf(count.Kind)} {PredicateSql.Operator(count.Comparison)} {count.Count}",
        _ => throw new ArgumentException($"unknown duplicates predicate {predicate}", nameof(predicate)),
    };

    private static string NotKingExists =>
        "EXISTS (SELECT 1 FROM duplicate_file_members d JOIN duplicate_files k ON k.media_id = d.media_id WHERE d.hash_id = f.hash_id AND k.king_hash_id != f.hash_id)";

    private static string CountOf(FileRelationshipKind kind) => kind switch
    {
        FileRelationshipKind.Duplicates => $"MAX(0, (SELECT COUNT(*) FROM duplicate_file_members d2 WHERE d2.media_id = {MediaOfFile}) - 1)",
        FileRelationshipKind.Alternates => $"MAX(0, (SELECT COUNT(*) FROM alternate_file_group_members a2 WHERE a2.alternates_group_id = {AlternatesGroupOfFile}) - 1)",
        FileRelationshipKind.FalsePositives =>
            $"(SELECT COUNT(*) FROM duplicate_false_positives fp WHERE fp.smaller_alternates_group_id = {AlternatesGroupOfFile} OR fp.larger_alternates_group_id = {AlternatesGroupOfFile})",
        _ => $"(SELECT COUNT(*) FROM potential_duplicate_pairs p WHERE p.smaller_media_id = {MediaOfFile} OR p.larger_media_id = {MediaOfFile})",
    };

    private static string Ids(IEnumerable<long> ids)
    {
        var text = string.Join(',', ids.Select(id => id.ToString(CultureInfo.InvariantCulture)));
        return text.Length == 0 ? "NULL" : text;
    }
}
