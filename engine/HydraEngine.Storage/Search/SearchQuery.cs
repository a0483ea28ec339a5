using HydraEngine.Model.Common;

namespace HydraEngine.Storage.Search;

/// <summary>A parsed search: files matching every predicate, in <see cref="Sort"/> order, at most <see cref="Limit"/>.</summary>
public sealed record SearchQuery(EquatableArray<SearchPredicate> Predicates, SearchSort? Sort = null, int? Limit = null)
{
    /// <summary>Parses the search language (see <see cref="QueryParser"/>); throws <see cref="QuerySyntaxException"/>.</summary>
    public static SearchQuery Parse(string text) => QueryParser.Parse(text);
}
