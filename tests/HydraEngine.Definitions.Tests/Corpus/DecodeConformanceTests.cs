using System.Text.Json.Nodes;
using HydraEngine.Testing;
using Xunit.Abstractions;

namespace HydraEngine.Definitions.Tests.Corpus;

/// <summary>
/// Every corpus PNG, against what hydrus itself produced (../shared/corpus/expected/decoded). Skipped, and
/// saying so, when the corpus is absent.
/// </summary>
public sealed class DecodeConformanceTests(ITestOutputHelper output)
{
    [CorpusFact]
    public void Every_expected_png_decodes_to_the_tuple_hydrus_produced()
    {
        var expectations = CorpusFiles.Expectations();
        var failures = new List<string>();
        var defaults = (Total: 0, Passed: 0);
        var community = (Total: 0, Passed: 0);
        foreach (var (relative, decodedPath) in expectations)
        {
            var difference = Compare(relative, decodedPath);
            var isDefault = relative.StartsWith("hydrus-defaults/", StringComparison.Ordinal);
            if (isDefault)
            {
                defaults = (defaults.Total + 1, defaults.Passed + (difference is null ? 1 : 0));
            }
            else
            {
                community = (community.Total + 1, community.Passed + (difference is null ? 1 : 0));
            }

            if (difference is not null)
            {
                failures.Add($"{relative}: {difference}");
            }
        }

        CorpusReport.Write("decode-failures.txt", failures);
        output.WriteLine($"hydrus defaults: {defaults.Passed}/{defaults.Total}; community: {community.Passed}/{community.Total} ({100.0 * community.Passed / Math.Max(1, community.Total):0.00}%)");
        foreach (var failure in failures.Take(20))
        {
            output.WriteLine(failure);
        }

        defaults.Passed.ShouldBe(defaults.Total, string.Join("\n", failures.Where(f => f.StartsWith("hydrus-defaults/", StringComparison.Ordinal)).Take(10)));
        (community.Passed / (double)community.Total).ShouldBeGreaterThanOrEqualTo(0.995, string.Join("\n", failures.Take(10)));
    }

    [CorpusFact]
    public void Every_png_without_an_expectation_loads_without_a_diagnostic()
    {
        var expectations = CorpusFiles.Expectations();
        var problems = CorpusFiles.AllPngs()
            .Where(relative => !expectations.ContainsKey(relative) && relative != CorpusFiles.RejectedByHydrus)
            .Select(relative => DefinitionLoader.LoadFile(Path.Combine(CorpusFiles.Objects, relative)))
            .Where(result => !result.Succeeded || result.Diagnostics.Count > 0)
            .Select(result => $"{result.Source}: {string.Join("; ", result.Diagnostics)}")
            .ToList();

        problems.ShouldBeEmpty(string.Join("\n", problems.Take(10)));
    }

    [CorpusFact]
    public void The_png_hydrus_rejects_is_rejected_as_not_a_hydrus_png()
    {
        var result = DefinitionLoader.LoadFile(Path.Combine(CorpusFiles.Objects, CorpusFiles.RejectedByHydrus));

        result.Succeeded.ShouldBeFalse();
        result.Errors.ShouldContain(diagnostic => diagnostic.Code == Diagnostics.DiagnosticCodes.NotHydrusPng);
    }

    private static string? Compare(string relative, string decodedPath)
    {
        var result = DefinitionLoader.LoadFile(Path.Combine(CorpusFiles.Objects, relative));
        if (!result.Succeeded)
        {
            return "not loaded: " + string.Join("; ", result.Diagnostics.Take(3));
        }

        var ours = HydrusSerialiser.ToTuple(result.Definition!);
        var theirs = JsonNode.Parse(File.ReadAllText(decodedPath), documentOptions: new System.Text.Json.JsonDocumentOptions { MaxDepth = 256 });
        return TupleComparison.FirstDifference(ours, theirs, result.GeneratedKeys.ToHashSet());
    }
}
