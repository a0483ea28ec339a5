using HydraEngine.Library.Lookup;
using HydraEngine.Library.Tests.Support;
using HydraEngine.Matching;
using HydraEngine.Matching.Domains;
using HydraEngine.Model.Containers;
using HydraEngine.Model.Parsing;
using HydraEngine.Model.Urls;
using HydraEngine.Testing;
using Xunit.Abstractions;

namespace HydraEngine.Library.Tests.Corpus;

/// <summary>The library's lookups against what hydrus computed (expected/urls), and the URL class index against the domain manager.</summary>
public sealed class LookupConformanceTests(ITestOutputHelper output)
{
    [CorpusFact]
    public void Lookups_on_the_imported_defaults_match_hydrus_domain_manager()
    {
        using var temp = DefaultsEndToEndTests.Defaults();
        var failures = new List<string>();
        var checkedLines = 0;
        foreach (var line in CorpusFiles.ExpectedUrls("domain_manager.jsonl").Where(line => (string?)line["set"] == "hydrus-defaults"))
        {
            var url = (string)line["url"]!;
            var lookup = temp.Library.LookupUrl(url);
            Check(failures, url, "class", (string?)line["url_class"], lookup.UrlClass);
            Check(failures, url, "normalised", (string?)line["normalised"], lookup.Normalised);
            if (line["url_to_fetch_error"] is null)
            {
                Check(failures, url, "fetch", (string?)line["url_to_fetch"], lookup.FetchUrl);
            }

            Check(failures, url, "parser", (string?)line["parser"], lookup.Parser);
            checkedLines++;
        }

        output.WriteLine($"{checkedLines} hydrus-defaults lines, {failures.Count} differences");
        failures.Take(20).ToList().ForEach(output.WriteLine);
        checkedLines.ShouldBeGreaterThan(100);
        failures.ShouldBeEmpty();
    }

    [CorpusFact]
    public void The_url_class_index_picks_what_the_domain_manager_picks_for_every_corpus_url()
    {
        var classes = AllCorpusUrlClasses();
        var manager = new DomainManager(classes, Array.Empty<PageParser>());
        var index = new UrlClassIndex(manager);
        var urls = CorpusFiles.ExpectedUrls("url_classes.jsonl").Select(line => (string)line["url"]!)
            .Concat(CorpusFiles.ExpectedUrls("domain_manager.jsonl").Select(line => (string)line["url"]!))
            .Distinct(StringComparer.Ordinal)
            .ToList();
        var differences = urls.Where(url => manager.GetUrlClass(url) != index.GetUrlClass(url)).ToList();
        output.WriteLine($"{classes.Count} URL classes, {urls.Count} URLs, {differences.Count} differences");
        differences.ShouldBeEmpty();
    }

    internal static List<UrlClass> AllCorpusUrlClasses() =>
        Directory.EnumerateFiles(CorpusFiles.Objects, "*.png", SearchOption.AllDirectories)
            .Order(StringComparer.Ordinal)
            .Select(file => HydraEngine.Definitions.DefinitionLoader.LoadFile(file))
            .Where(result => result.Succeeded)
            .SelectMany(result => result.Definition is DefinitionList list ? list.Items.AsImmutableArray() : [result.Definition!])
            .OfType<UrlClass>()
            .ToList();

    private static void Check(List<string> failures, string url, string what, string? expected, string? actual)
    {
        if (expected != actual)
        {
            failures.Add($"{url} {what}: hydrus {expected ?? "null"}, library {actual ?? "null"}");
        }
    }
}
