using Dapper;
using HydraEngine.Storage;
using HydraEngine.Storage.Database;
using HydraEngine.Storage.Search;
using Microsoft.Data.Sqlite;

namespace HydraEngine.StoreBench;

/// <summary>
/// Search latency on the generated store, through the public API (parse, plan, SQL, hashes back): single tags
/// at several popularities, and three-tag intersections; median and p95 over <c>--runs</c> runs after a warm-up.
/// </summary>
internal static class SearchBenchmark
{
    public static void Run(BenchArguments arguments)
    {
        var location = new StoreLocation(arguments.Database);
        var tiers = PickTags(location);
        using var store = HydraStore.Open(location, new StoreOptions(CacheMegabytes: arguments.CacheMegabytes));
        Console.WriteLine($"search: {arguments.Runs} runs each after a warm-up; all my files, all tag services, newest first; {LoadAverage.Describe()}");
        foreach (var (label, tag, count) in tiers)
        {
            Report(store, $"1 tag, {label} ({Stats.Number(count)} files)", Quote(tag), arguments.Runs);
        }

        var top = tiers[0].Tag;
        var second = tiers[1].Tag;
        var third = tiers[2].Tag;
        Report(store, "3 tags, the three most popular", $"{Quote(top)}, {Quote(second)}, {Quote(third)}", arguments.Runs);
        Report(store, "3 tags, popular + ~10k + ~1k", $"{Quote(top)}, {Quote(TierTag(tiers, "~10,000"))}, {Quote(TierTag(tiers, "~1,000"))}", arguments.Runs);
        Report(store, "1 popular tag, first page (system:limit 100)", $"{Quote(top)}, system:limit 100", arguments.Runs);
        Report(store, "popular tag minus another (a, -b)", $"{Quote(top)}, -{Quote(second)}", arguments.Runs);
        ReportAutocomplete(store, TierTag(tiers, "~1,000"), arguments.Runs);
    }

    /// <summary>
    /// Autocomplete with tag counts (top 50 by count), as a search box asks while typing: prefixes of one tag's subtag
    /// from 1 letter to all but its last, each reported with how many tags it matches.
    /// </summary>
    private static void ReportAutocomplete(HydraStore store, string tag, int runs)
    {
        var subtag = tag[(tag.IndexOf(':', StringComparison.Ordinal) + 1)..];
        foreach (var length in new[] { 1, subtag.Length - 3, subtag.Length - 2, subtag.Length - 1 }.Where(length => length >= 1).Distinct())
        {
            var typed = subtag[..length] + "*";
            var matches = store.AutocompleteTags(typed, limit: int.MaxValue).Count;
            var (median, p95, _) = Stats.Measure(runs, () => store.AutocompleteTags(typed, limit: 50).Count);
            Console.WriteLine($"  {$"autocomplete \"{typed}\", top 50 with counts",-46} median {Stats.Ms(median),8} ms  p95 {Stats.Ms(p95),8} ms  {Stats.Number(matches),9} tags match");
        }
    }

    private static void Report(HydraStore store, string label, string query, int runs)
    {
        var parsed = QueryParser.Parse(query);
        var (median, p95, last) = Stats.Measure(runs, () => store.Search(parsed).Count);
        var (pageMedian, _, _) = Stats.Measure(runs, () => store.Search(parsed).Hashes.Take(100).Count());
        Console.WriteLine($"  {label,-46} median {Stats.Ms(median),8} ms  p95 {Stats.Ms(p95),8} ms  (+first 100 hashes: {Stats.Ms(pageMedian),7} ms)  {Stats.Number(last),9} results");
    }

    private static string Quote(string tag) => "\"" + tag.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\"", "\\\"", StringComparison.Ordinal) + "\"";

    private static string TierTag(List<(string Label, string Tag, long Count)> tiers, string label) =>
        tiers.FirstOrDefault(tier => tier.Label == label).Tag ?? tiers[^1].Tag;

    /// <summary>The most popular tags and tags nearest to 100k/50k/10k/1k/100 files.</summary>
    private static List<(string Label, string Tag, long Count)> PickTags(StoreLocation location)
    {
        using var connection = new SqliteConnection($"Data Source={location.DatabasePath};Mode=ReadOnly;Pooling=False");
        connection.Open();
        const string text = """
            SELECT CASE n.namespace WHEN '' THEN s.subtag ELSE n.namespace || ':' || s.subtag END AS Tag, c.current_count AS Count
            FROM mappings_counts c JOIN tags t ON t.tag_id = c.tag_id
            JOIN namespaces n ON n.namespace_id = t.namespace_id JOIN subtags s ON s.subtag_id = t.subtag_id
            """;
        var result = connection.Query<(string Tag, long Count)>($"{text} ORDER BY c.current_count DESC LIMIT 3")
            .Select((row, index) => ($"most popular #{index + 1}", row.Tag, row.Count)).ToList();
        foreach (var target in new[] { 100_000, 50_000, 10_000, 1_000, 100 })
        {
            var row = connection.QueryFirstOrDefault<(string Tag, long Count)>($"{text} ORDER BY abs(c.current_count - {target}) LIMIT 1");
            if (row.Tag is not null && result.All(existing => existing.Tag != row.Tag))
            {
                result.Add(($"~{target:#,0}", row.Tag, row.Count));
            }
        }

        return result.Count >= 3 ? result : throw new ArgumentException("the store has fewer than 3 tags; run storebench generate first");
    }
}
