using System.Diagnostics;
using HydraEngine.Library.Lookup;
using HydraEngine.LibraryBench;
using HydraEngine.Matching.Domains;
using HydraEngine.Matching.UrlClasses;
using HydraEngine.Model.Parsing;

// HydraEngine.LibraryBench [--corpus DIR (default $HYDRA_CORPUS, else ../shared/corpus)] [--count N] [--baseline N]: classifies N URLs (default 100,000) made from every corpus
// URL class's example URL and variants, against all corpus URL classes in one domain manager; reports URLs/second for
// hydrus's own selection (DomainManager.GetUrlClass) and for the library's index, and checks they agree on every URL.
var options = args.Select((arg, index) => (arg, index)).Where(pair => pair.arg.StartsWith("--", StringComparison.Ordinal))
    .ToDictionary(pair => pair.arg, pair => pair.index + 1 < args.Length ? args[pair.index + 1] : "");
var corpus = options.GetValueOrDefault("--corpus") ?? Environment.GetEnvironmentVariable("HYDRA_CORPUS") ?? Path.Combine(AppContext.BaseDirectory, "..", "..", "..", "..", "..", "..", "shared", "corpus");
var objects = Path.GetFullPath(Path.Combine(corpus, "objects"));
if (!Directory.Exists(objects))
{
    Console.Error.WriteLine($"the corpus is not at {Path.GetFullPath(corpus)}; give --corpus DIR (the folder holding objects/)");
    return 1;
}

var count = int.Parse(options.GetValueOrDefault("--count") ?? "100000", System.Globalization.CultureInfo.InvariantCulture);
var baselineCount = int.Parse(options.GetValueOrDefault("--baseline") ?? count.ToString(System.Globalization.CultureInfo.InvariantCulture), System.Globalization.CultureInfo.InvariantCulture);

var clock = Stopwatch.StartNew();
var classes = UrlCorpus.UrlClasses(objects);
var urls = UrlCorpus.Urls(classes, count);
Console.WriteLine($"loaded {classes.Count} URL classes and made {urls.Count} URLs ({urls.Distinct().Count()} distinct) in {clock.Elapsed.TotalSeconds:0.0} s");

clock.Restart();
var manager = new DomainManager(classes, Array.Empty<PageParser>());
var index = new UrlClassIndex(manager);
Console.WriteLine($"built the domain manager and the index in {clock.Elapsed.TotalMilliseconds:0} ms");

var (_, coldSeconds) = Classify(urls, index.GetUrlClass, warmUp: false);
var (indexed, indexSeconds) = Classify(urls, index.GetUrlClass, warmUp: false);
var (baseline, baselineSeconds) = Classify(urls.Take(baselineCount).ToList(), manager.GetUrlClass, warmUp: true);
var differences = baseline.Where((engine, i) => engine != indexed[i]).Count();
var matched = indexed.Count(engine => engine is not null);
Console.WriteLine($"classified {urls.Count} URLs: {matched} matched a URL class, {urls.Count - matched} unknown");
Console.WriteLine($"UrlClassIndex, first pass ({urls.Count} URLs, compiles every class's regexes on first use): {urls.Count / coldSeconds:N0} URLs/s");
Console.WriteLine($"UrlClassIndex, second pass ({urls.Count} URLs): {urls.Count / indexSeconds:N0} URLs/s");
Console.WriteLine($"DomainManager.GetUrlClass, warm ({baseline.Count} URLs): {baseline.Count / baselineSeconds:N0} URLs/s");
Console.WriteLine($"speed-up of the index over the domain manager, warm: {baselineSeconds / baseline.Count / (indexSeconds / indexed.Count):0.0}x");
Console.WriteLine($"differences between the two on {baseline.Count} URLs: {differences}");
return differences == 0 ? 0 : 2;

static (List<UrlClassEngine?> Results, double Seconds) Classify(List<string> urls, Func<string, UrlClassEngine?> classify, bool warmUp)
{
    foreach (var url in warmUp ? urls.Take(5000) : [])
    {
        classify(url);
    }

    var clock = Stopwatch.StartNew();
    var results = urls.Select(classify).ToList();
    return (results, clock.Elapsed.TotalSeconds);
}
