using HydraEngine.Parsing.Documents;
using HydraEngine.Parsing.Pages;
using HydraEngine.Testing;
using Xunit.Abstractions;

namespace HydraEngine.Parsing.Tests.Corpus;

/// <summary>
/// Every pair of ../shared/corpus/expected/parse: our posts must hold the same multiset of contents as
/// hydrus's, post by post. Skipped, saying so, when the corpus is absent.
/// </summary>
public sealed class ParseConformanceTests(ITestOutputHelper output)
{
    [CorpusFact]
    public void Every_real_page_parses_as_hydrus_parsed_it()
    {
        var failures = new List<string>();
        var total = 0;
        foreach (var expected in ExpectedParse.All())
        {
            total++;
            if (Difference(expected) is { } difference)
            {
                failures.Add($"{expected.Pair}: {difference}");
            }
        }

        output.WriteLine($"parse conformance: {total - failures.Count}/{total} pairs match hydrus");
        failures.ForEach(output.WriteLine);
        failures.ShouldBeEmpty();
    }

    private static string? Difference(ExpectedParse expected)
    {
        var text = PageText.Decode(File.ReadAllBytes(expected.PagePath));
        var result = new PageParserRunner().Run(expected.LoadParser(), text, expected.Context());
        if (expected.Error is not null || result.Failure is not null)
        {
            return (expected.Error is null) == (result.Failure is null) ? null : $"error: hydrus {expected.Error ?? "none"}, ours {result.Failure?.Message ?? "none"}";
        }

        var theirs = expected.Posts();
        if (theirs.Count != result.Posts.Count)
        {
            return $"{result.Posts.Count} posts vs hydrus {theirs.Count}";
        }

        for (var i = 0; i < theirs.Count; i++)
        {
            var ours = result.Posts[i].Contents.Select(ContentKeys.FromOurs).Order(StringComparer.Ordinal).ToList();
            var hydrus = theirs[i].Order(StringComparer.Ordinal).ToList();
            if (!ours.SequenceEqual(hydrus))
            {
                var missing = hydrus.Except(ours).Take(2);
                var extra = ours.Except(hydrus).Take(2);
                return $"post {i}: missing [{string.Join(" ; ", missing)}] extra [{string.Join(" ; ", extra)}] ({ours.Count} vs {hydrus.Count})";
            }
        }

        return null;
    }
}
