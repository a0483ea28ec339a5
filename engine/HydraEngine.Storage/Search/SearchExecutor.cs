using HydraEngine.Storage.Files;

namespace HydraEngine.Storage.Search;

/// <summary>
/// Runs a parsed search: the rarest positive tag predicate (by <c>mappings_counts</c>) drives the query from the
/// mappings primary key; every other predicate becomes an indexed EXISTS/NOT EXISTS probe or a column test.
/// </summary>
internal sealed class SearchExecutor
{
    private readonly StoreComponents parts;

    public SearchExecutor(StoreComponents parts)
    {
        this.parts = parts;
    }

    public SearchResults Run(SearchQuery query, SearchOptions options)
    {
        var domain = parts.Services.FileService(options.FileDomain);
        var tagServices = options.TagService is null ? parts.Services.TagServices.ToList() : [parts.Services.TagService(options.TagService)];
        var resolver = new TagSetResolver(parts.TagIds, tagServices.Select(service => (service.Id, parts.Relations.Rules(service.Id))).ToList());
        var tagSets = new TagSetSql(parts.Database);
        var predicates = new PredicateSql(resolver, tagSets, parts.HashIds, parts.Clock.GetUtcNow());
        var sort = options.Sort ?? query.Sort ?? SearchSort.Default;
        var limit = options.Limit ?? query.Limit;

        var driver = query.Predicates.Where(PredicateSql.IsTagLike)
            .Select(predicate => (Predicate: predicate, Estimate: tagSets.Estimate(predicates.TagSetOf(predicate))))
            .OrderBy(candidate => candidate.Estimate)
            .Select(candidate => candidate.Predicate)
            .FirstOrDefault();
        if (driver is not null && predicates.TagSetOf(driver).IsEmpty)
        {
            return new SearchResults(query, []);
        }

        var conditions = query.Predicates.Where(predicate => !ReferenceEquals(predicate, driver)).Select(predicates.Condition).ToList();
        var sqlSorted = sort.Kind is SortKind.ImportTime or SortKind.FileSize;
        var sql = SearchSql.Compose(
            domain.Id,
            driver is null ? null : tagSets.DriverSelect(predicates.TagSetOf(driver)),
            conditions,
            predicates.NeedsFilesInfo || sort.Kind == SortKind.FileSize,
            sqlSorted ? sort : null,
            sqlSorted ? limit : null);

        var rows = Read(sql, predicates.Parameters);
        if (!sqlSorted)
        {
            rows = sort.Kind == SortKind.Random ? Shuffle(rows, sort.Seed) : new TagSorter(parts, tagServices).Sort(rows, sort);
            if (limit is { } max && rows.Count > max)
            {
                rows = rows.GetRange(0, max);
            }
        }

        return new SearchResults(query, rows.Select(row => row.Hash).ToList());
    }

    private List<(long HashId, FileHash Hash)> Read(string sql, Dictionary<string, object> parameters)
    {
        using var command = parts.Database.CreateCommand(sql);
        foreach (var (name, value) in parameters)
        {
            command.Parameters.AddWithValue(name, value);
        }

        var rows = new List<(long, FileHash)>();
        var buffer = new byte[FileHash.Length];
        using var reader = command.ExecuteReader();
        while (reader.Read())
        {
            reader.GetBytes(1, 0, buffer, 0, FileHash.Length);
            rows.Add((reader.GetInt64(0), FileHash.FromBytes(buffer)));
        }

        return rows;
    }

    private static List<(long HashId, FileHash Hash)> Shuffle(List<(long HashId, FileHash Hash)> rows, int? seed)
    {
        var random = seed is { } value ? new Random(value) : Random.Shared;
        var shuffled = rows.OrderBy(row => row.HashId).ToArray();
        random.Shuffle(shuffled);
        return [.. shuffled];
    }
}
