using HydraEngine.Matching.Gugs;
using HydraEngine.Model.Urls;
using HydraEngine.Testing;
using Xunit.Abstractions;

namespace HydraEngine.Matching.Tests.Corpus;

/// <summary>expected/urls/gugs.jsonl: every GUG and nested GUG on several search texts.</summary>
public sealed class GugConformanceTests(ITestOutputHelper output)
{
    [CorpusFact]
    public void Every_gug_generates_the_urls_hydrus_generated()
    {
        var tally = new Tally();
        var defaults = CorpusObjects.DefaultPngs().SelectMany(CorpusObjects.Objects).ToList();
        foreach (var line in CorpusObjects.Lines("gugs.jsonl"))
        {
            var path = (string)line["path"]!;
            var definition = CorpusObjects.Object(path, (string)line["object_index"]!);
            var set = path.StartsWith("hydrus-defaults/", StringComparison.Ordinal) ? defaults : CorpusObjects.Objects(path).ToList();
            foreach (var generated in line["generated"]!.AsArray())
            {
                var search = (string)generated!["search_text"]!;
                var where = $"{path}#{line["object_index"]} \"{search}\"";
                switch (definition)
                {
                    case GalleryUrlGenerator gug:
                        tally.Check((string?)generated["url"], GalleryUrlGeneration.Generate(gug, search), where);
                        break;
                    case NestedGalleryUrlGenerator nested:
                        var expected = string.Join(" | ", generated["urls"]!.AsArray().Select(url => (string)url!));
                        var lookup = new GalleryUrlGeneratorLookup(set);
                        tally.Check(expected, string.Join(" | ", GalleryUrlGeneration.Generate(nested, search, lookup.Find)), where);
                        break;
                }
            }
        }

        CorpusReport.Write("gugs.txt", tally.Failures);
        output.WriteLine($"gugs.jsonl: {tally.Rate} generated urls match");
        tally.Failures.Take(20).ToList().ForEach(output.WriteLine);
        tally.Failures.ShouldBeEmpty();
    }
}
