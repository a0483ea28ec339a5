using HydraEngine.Matching.Domains;
using HydraEngine.Model.Parsing;
using HydraEngine.Model.Urls;
using HydraEngine.Testing;
using Xunit.Abstractions;

namespace HydraEngine.Matching.Tests.Corpus;

/// <summary>expected/urls/domain_manager.jsonl: the class hydrus picks, normalisation, API chain, URL to fetch, parser.</summary>
public sealed class DomainManagerConformanceTests(ITestOutputHelper output)
{
    [CorpusFact]
    public void Every_domain_manager_choice_matches_hydrus()
    {
        var tally = new Tally();
        var managers = new Dictionary<string, DomainManager>(StringComparer.Ordinal);
        foreach (var line in CorpusObjects.Lines("domain_manager.jsonl"))
        {
            var set = (string)line["set"]!;
            if (!managers.TryGetValue(set, out var manager))
            {
                var objects = set == "hydrus-defaults"
                    ? CorpusObjects.DefaultPngs().SelectMany(CorpusObjects.Objects).ToList()
                    : CorpusObjects.Objects((string)line["path"]!).ToList();
                manager = managers[set] = new DomainManager(objects.OfType<UrlClass>(), objects.OfType<PageParser>());
            }

            var url = (string)line["url"]!;
            var where = $"{set} {url}";
            tally.Check((string?)line["url_class"], manager.GetUrlClass(url)?.Class.Name, where + " class");
            tally.Check((string?)line["normalised"], UrlClassConformanceTests.Attempt(() => manager.NormaliseUrl(url)), where + " normalised");
            if (line["api_chain"] is { } chain)
            {
                tally.Check(string.Join(" > ", chain.AsArray().Select(name => (string)name!)), UrlClassConformanceTests.Attempt(() => string.Join(" > ", manager.GetApiChain(url).Chain.Select(engine => engine.Class.Name))), where + " chain");
            }

            tally.Check(line.ContainsKey("url_to_fetch_error") && line["url_to_fetch_error"] is not null ? "ERROR" : (string?)line["url_to_fetch"], UrlClassConformanceTests.Attempt(() => manager.GetUrlToFetch(url)), where + " url to fetch");
            tally.Check((string?)line["parser"], Parser(manager, url), where + " parser");
        }

        CorpusReport.Write("domain_manager.txt", tally.Failures);
        output.WriteLine($"domain_manager.jsonl: {tally.Rate} checks match");
        tally.Failures.Take(20).ToList().ForEach(output.WriteLine);
        tally.Failures.ShouldBeEmpty();
    }

    private static string? Parser(DomainManager manager, string url)
    {
        try
        {
            return manager.GetUrlToFetchAndParser(url).Parser.Name;
        }
        catch (UrlClassException)
        {
            return null;
        }
    }
}
