namespace HydraEngine.Storage.Search;

/// <summary>Gathers a query's terms in order: predicates, at most one sort and at most one limit; no predicate means everything.</summary>
internal sealed class SearchQueryBuilder
{
    private readonly List<SearchPredicate> predicates = [];
    private SearchSort? sort;
    private int? limit;

    /// <summary>Adds a parsed term (a predicate, a <see cref="SortTerm"/> or a <see cref="LimitTerm"/>) found at <paramref name="column"/>.</summary>
    public void Add(object term, int column)
    {
        switch (term)
        {
            case SortTerm sortTerm:
                sort = sort is null ? sortTerm.Sort : throw new QuerySyntaxException("only one system:sort is allowed", column);
                break;
            case LimitTerm limitTerm:
                limit = limit is null ? limitTerm.Limit : throw new QuerySyntaxException("only one system:limit is allowed", column);
                break;
            case SearchPredicate predicate:
                predicates.Add(predicate);
                break;
        }
    }

    public SearchQuery Build() => new(predicates.Count == 0 ? [new EverythingPredicate()] : [.. predicates], sort, limit);
}
