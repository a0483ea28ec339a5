using HydraEngine.Storage.Database;

namespace HydraEngine.Storage.Search;

/// <summary>
/// Runs a parsed search. Plan: the rarest positive tag predicate (by <c>mappings_counts</c>) drives the query
/// from the mappings primary key and every other predicate becomes an indexed probe; but when results are
/// newest/oldest first with a small limit and the tags are common, the import-time index is walked instead and
/// stops at the limit; and when the rarest tag is itself common, its matches are filtered and ordered against an
/// in-memory snapshot of the domain's import times. Only hash ids are read; hashes are fetched as results are read.
/// </summary>
internal sealed class SearchExecutor
{
    /// <summary>Above this many known hashes the snapshot (8 bytes per hash id) is not built.</summary>
    private const long MaxSnapshotFiles = 50_000_000;

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
        RegisterUrlClasses(query, options);

        var candidates = query.Predicates.Where(PredicateSql.IsTagLike)
            .Select(predicate => (Predicate: predicate, Estimate: tagSets.Estimate(predicates.TagSetOf(predicate))))
            .OrderBy(candidate => candidate.Estimate)
            .ToList();
        if (candidates.Count > 0 && candidates[0].Estimate == 0)
        {
            return new SearchResults(query, []);
        }

        var driver = candidates.Count == 0 || WalkTimeIndex(candidates.Select(candidate => candidate.Estimate), sort, limit) ? null : candidates[0].Predicate;
        var conditions = query.Predicates.Where(predicate => !ReferenceEquals(predicate, driver)).Select(predicates.Condition).ToList();
        if (driver is not null && sort.Kind == SortKind.ImportTime && !predicates.NeedsFilesInfo && !predicates.NeedsImportTime
            && SnapshotFor(domain.Id, candidates[0].Estimate) is { } snapshot)
        {
            var where = conditions.Count == 0 ? "" : " WHERE " + string.Join(" AND ", conditions);
            var matches = Read($"SELECT f.hash_id FROM ({tagSets.DriverSelect(predicates.TagSetOf(driver))}) f{where}", predicates.Parameters);
            var sorted = snapshot.FilterAndSort(matches, sort.Descending, limit);
            return new SearchResults(query, new LazyHashList(parts.Database, sorted)) { FileIds = sorted };
        }

        var sqlSorted = sort.Kind is SortKind.ImportTime or SortKind.FileSize;
        var sql = SearchSql.Compose(
            domain.Id,
            driver is null ? null : tagSets.DriverSelect(predicates.TagSetOf(driver)),
            conditions,
            predicates.NeedsFilesInfo || sort.Kind == SortKind.FileSize,
            sqlSorted ? sort : null,
            sqlSorted ? limit : null);

        var hashIds = Read(sql, predicates.Parameters);
        if (!sqlSorted)
        {
            hashIds = sort.Kind == SortKind.Random ? Shuffle(hashIds, sort.Seed) : new TagSorter(parts, tagServices).Sort(hashIds, sort);
            if (limit is { } max && hashIds.Count > max)
            {
                hashIds = hashIds.GetRange(0, max);
            }
        }

        return new SearchResults(query, new LazyHashList(parts.Database, hashIds)) { FileIds = hashIds };
    }

    /// <summary>
    /// The in-memory import times of the domain, when cached already or when the driving tag is common enough
    /// (a tenth of all files) that loading them costs no more than joining every match in SQL.
    /// </summary>
    private DomainSnapshot? SnapshotFor(int domainId, long estimate)
    {
        if (parts.Snapshots.Cached(domainId) is { } cached)
        {
            return cached;
        }

        var files = parts.Database.ExecuteScalar<long?>("SELECT MAX(hash_id) FROM hashes") ?? 0;
        return estimate * 10 >= files && files <= MaxSnapshotFiles ? parts.Snapshots.Get(domainId) : null;
    }

    /// <summary>
    /// Walking files newest (or oldest) first and probing the tags pays when few files must be visited to fill
    /// the limit: expected visits = limit × files / matches, against reading every match of the rarest tag.
    /// </summary>
    private bool WalkTimeIndex(IEnumerable<long> estimates, SearchSort sort, int? limit)
    {
        if (sort.Kind != SortKind.ImportTime || limit is not { } max)
        {
            return false;
        }

        var files = Math.Max(1.0, parts.Database.ExecuteScalar<long?>("SELECT MAX(hash_id) FROM hashes") ?? 1);
        var matches = estimates.Aggregate(files, (expected, estimate) => expected * Math.Min(1.0, estimate / files));
        var smallest = estimates.Min();
        return max * files / Math.Max(matches, 1.0) * 4 < smallest;
    }

    /// <summary>Gives SQL the library's URL classes (<see cref="SearchOptions.UrlClassOf"/>) for <c>system:has url with class</c>.</summary>
    private void RegisterUrlClasses(SearchQuery query, SearchOptions options)
    {
        if (options.UrlClassOf is not { } classify)
        {
            if (query.Predicates.Any(Mentions<UrlClassPredicate>))
            {
                throw new StoreException("system:has url with class needs the downloader library's URL classes; search with `hydra search`, which provides them");
            }

            return;
        }

        parts.Database.Connection.CreateFunction<string, string?>(MediaPredicateSql.UrlClassFunction, url => classify(url), isDeterministic: true);
    }

    private static bool Mentions<T>(SearchPredicate predicate) where T : SearchPredicate => predicate switch
    {
        T => true,
        NotPredicate not => Mentions<T>(not.Inner),
        OrPredicate or => or.Alternatives.Any(Mentions<T>),
        _ => false,
    };

    private List<long> Read(string sql, Dictionary<string, object> parameters)
    {
        using var statement = new RawStatement(parts.Database.Connection, sql);
        foreach (var (name, value) in parameters)
        {
            statement.Bind(name, (string)value);
        }

        return statement.ReadInt64Column();
    }

    private static List<long> Shuffle(List<long> hashIds, int? seed)
    {
        var random = seed is { } value ? new Random(value) : Random.Shared;
        var shuffled = hashIds.Order().ToArray();
        random.Shuffle(shuffled);
        return [.. shuffled];
    }
}
