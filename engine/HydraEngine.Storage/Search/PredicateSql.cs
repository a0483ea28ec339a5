using System.Globalization;
using HydraEngine.Storage.Files;

namespace HydraEngine.Storage.Search;

/// <summary>
/// Turns predicates into SQL conditions over the searched file row <c>f</c> (<c>current_files</c>) and, when a
/// condition needs it, <c>i</c> (<c>files_info</c>). Text values go in as parameters, ids inline.
/// </summary>
internal sealed class PredicateSql
{
    private readonly TagSetResolver resolver;
    private readonly TagSetSql tagSets;
    private readonly HashIds hashIds;
    private readonly DateTimeOffset now;
    private readonly Dictionary<SearchPredicate, TagSet> resolved = new(ReferenceEqualityComparer.Instance);
    private readonly MediaPredicateSql media;

    public PredicateSql(TagSetResolver resolver, TagSetSql tagSets, HashIds hashIds, DateTimeOffset now)
    {
        this.resolver = resolver;
        this.tagSets = tagSets;
        this.hashIds = hashIds;
        this.now = now;
        media = new MediaPredicateSql(Parameter, () => NeedsFilesInfo = true);
    }

    public Dictionary<string, object> Parameters { get; } = [];

    public bool NeedsFilesInfo { get; private set; }

    /// <summary>A condition reads the searched domain's import time (<c>f.timestamp_ms</c>).</summary>
    public bool NeedsImportTime { get; private set; }

    public static bool IsTagLike(SearchPredicate predicate) => predicate is TagPredicate or NamespacePredicate or WildcardPredicate;

    /// <summary>The (pruned) tag set of a tag-like predicate, resolved once.</summary>
    public TagSet TagSetOf(SearchPredicate predicate)
    {
        if (!resolved.TryGetValue(predicate, out var set))
        {
            set = tagSets.Prune(resolver.Resolve(predicate));
            resolved[predicate] = set;
        }

        return set;
    }

    public string Condition(SearchPredicate predicate) => predicate switch
    {
        TagPredicate or NamespacePredicate or WildcardPredicate =>
            $"EXISTS (SELECT 1 FROM current_mappings_by_hash m WHERE m.hash_id = f.hash_id AND {tagSets.Membership(TagSetOf(predicate), "m")})",
        OrPredicate or => "(" + string.Join(" OR ", or.Alternatives.Select(Condition)) + ")",
        NotPredicate not => $"NOT ({Condition(not.Inner)})",
        EverythingPredicate => "1",
        InboxPredicate => "EXISTS (SELECT 1 FROM file_inbox x WHERE x.hash_id = f.hash_id)",
        ArchivePredicate => "NOT EXISTS (SELECT 1 FROM file_inbox x WHERE x.hash_id = f.hash_id)",
        FileSizePredicate size => Info($"i.size {Operator(size.Comparison)} {size.Bytes}"),
        DimensionPredicate dimension => Info($"i.{(dimension.Dimension == Dimension.Width ? "width" : "height")} {Operator(dimension.Comparison)} {dimension.Pixels}"),
        FileTypePredicate type => Info($"i.mime IN ({string.Join(',', type.Mimes.Select(mime => (int)mime))})"),
        ImportTimePredicate time => ImportTime(time),
        HashPredicate hash => $"f.hash_id IN ({Ids(hash.Hashes.Select(hashIds.Find).OfType<long>())})",
        KnownUrlPredicate url => KnownUrl(url),
        TagCountPredicate count =>
            $"(SELECT COUNT(*) FROM current_mappings_by_hash m WHERE m.hash_id = f.hash_id AND m.service_id IN ({Ids(resolver.ServiceIds.Select(id => (long)id))})) {Operator(count.Comparison)} {count.Count}",
        _ => media.Condition(predicate) ?? throw new ArgumentException($"unknown predicate {predicate}", nameof(predicate)),
    };

    private string Info(string condition)
    {
        NeedsFilesInfo = true;
        return condition;
    }

    private string ImportTime(ImportTimePredicate time)
    {
        NeedsImportTime = true;
        long start;
        long end;
        if (time.Day is { } day)
        {
            start = new DateTimeOffset(day.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero).ToUnixTimeMilliseconds();
            end = start + (long)TimeSpan.FromDays(1).TotalMilliseconds;
            return time.Comparison switch
            {
                NumberComparison.Less => $"f.timestamp_ms < {start}",
                NumberComparison.LessOrEqual => $"f.timestamp_ms < {end}",
                NumberComparison.Greater => $"f.timestamp_ms >= {end}",
                NumberComparison.GreaterOrEqual => $"f.timestamp_ms >= {start}",
                NumberComparison.Equal => $"(f.timestamp_ms >= {start} AND f.timestamp_ms < {end})",
                _ => $"NOT (f.timestamp_ms >= {start} AND f.timestamp_ms < {end})",
            };
        }

        // An age: "< 7 days" means imported less than 7 days ago (newer); "=" allows 15% either way.
        var age = time.Age!.Value;
        var threshold = (now - age).ToUnixTimeMilliseconds();
        var slack = (long)(age.TotalMilliseconds * 0.15);
        return time.Comparison switch
        {
            NumberComparison.Less => $"f.timestamp_ms > {threshold}",
            NumberComparison.LessOrEqual => $"f.timestamp_ms >= {threshold}",
            NumberComparison.Greater => $"f.timestamp_ms < {threshold}",
            NumberComparison.GreaterOrEqual => $"f.timestamp_ms <= {threshold}",
            NumberComparison.Equal => $"(f.timestamp_ms BETWEEN {threshold - slack} AND {threshold + slack})",
            _ => $"NOT (f.timestamp_ms BETWEEN {threshold - slack} AND {threshold + slack})",
        };
    }

    private string KnownUrl(KnownUrlPredicate url)
    {
        const string join = "SELECT 1 FROM url_map um JOIN urls u ON u.url_id = um.url_id WHERE um.hash_id = f.hash_id";
        return url.Match switch
        {
            UrlMatch.Any => "EXISTS (SELECT 1 FROM url_map um WHERE um.hash_id = f.hash_id)",
            UrlMatch.Exact => $"EXISTS ({join} AND u.url = {Parameter(url.Value!)})",
            UrlMatch.Domain => $"EXISTS ({join} AND (u.domain = {Parameter(url.Value!)} OR u.domain LIKE {Parameter("%." + url.Value!)}))",
            _ => $"EXISTS ({join} AND instr(u.url, {Parameter(url.Value!)}) > 0)",
        };
    }

    private string Parameter(string value)
    {
        var name = "@p" + Parameters.Count.ToString(CultureInfo.InvariantCulture);
        Parameters[name] = value;
        return name;
    }

    internal static string Operator(NumberComparison comparison) => comparison switch
    {
        NumberComparison.Less => "<",
        NumberComparison.LessOrEqual => "<=",
        NumberComparison.Equal => "=",
        NumberComparison.NotEqual => "!=",
        NumberComparison.GreaterOrEqual => ">=",
        _ => ">",
    };

    private static string Ids(IEnumerable<long> ids)
    {
        var text = string.Join(',', ids.Select(id => id.ToString(CultureInfo.InvariantCulture)));
        return text.Length == 0 ? "NULL" : text;
    }
}
