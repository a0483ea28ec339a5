using System.Globalization;
using System.Text.Json.Nodes;

namespace HydraEngine.Benchmarks;

/// <summary>
/// Cold parsing, as a user feels it: a fresh <c>hydra parse</c> process (process start, loading the parser PNG, reading
/// the page, parsing, printing) against a fresh python3 process doing hydrus's parse of the same page (importing
/// hydrus included). Rounds are interleaved: each round runs every pair with every hydra variant, then hydrus.
/// </summary>
internal static class ColdParseBenchmark
{
    public static JsonObject Run(IReadOnlyList<CorpusPair> pairs, IReadOnlyList<HydraVariant> variants, HydrusOracle? hydrus, int rounds, TextWriter output)
    {
        output.WriteLine($"cold: {rounds} interleaved rounds × {pairs.Count} pairs; a fresh process each (ms, median [IQR])");
        Check(pairs, variants, hydrus, output);
        var ours = variants.ToDictionary(variant => variant.Label, _ => pairs.ToDictionary(pair => pair.Name, _ => new List<double>()));
        var theirs = pairs.ToDictionary(pair => pair.Name, _ => new List<double>());
        for (var round = 0; round < rounds; round++)
        {
            foreach (var pair in pairs)
            {
                foreach (var variant in variants)
                {
                    ours[variant.Label][pair.Name].Add(variant.ParseOnce(pair).Milliseconds);
                }

                if (hydrus is not null)
                {
                    theirs[pair.Name].Add(hydrus.ParseOnce(pair).Milliseconds);
                }
            }

            output.WriteLine($"  round {round + 1} of {rounds} done");
        }

        var result = new JsonArray();
        foreach (var variant in variants)
        {
            output.WriteLine($"cold, hydra '{variant.Label}' ({variant.Program}{string.Concat(variant.Environment.Select(entry => $" {entry.Key}={entry.Value}"))}):");
            var rows = pairs.Select(pair => new Comparison(pair.Name, Spread.Of(ours[variant.Label][pair.Name]), hydrus is null ? null : Spread.Of(theirs[pair.Name]))).ToList();
            foreach (var row in rows)
            {
                output.WriteLine("  " + row.Line("ms", "0"));
            }

            var all = Spread.Of(ours[variant.Label].Values.SelectMany(samples => samples));
            output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  every hydra parse process: {all.Text("0")} ms (min {all.Min:0}, max {all.Max:0})"));
            var overall = Comparison.Overall(rows, output, $"cold '{variant.Label}'");
            overall["ours_process_ms"] = all.ToJson();
            result.Add(new JsonObject
            {
                ["label"] = variant.Label,
                ["program"] = variant.Program,
                ["environment"] = new JsonObject(variant.Environment.Select(entry => new KeyValuePair<string, JsonNode?>(entry.Key, entry.Value))),
                ["pairs"] = new JsonArray(rows.Select(row => (JsonNode)row.ToJson()).ToArray()),
                ["overall"] = overall,
            });
        }

        return new JsonObject { ["rounds"] = rounds, ["variants"] = result };
    }

    /// <summary>One untimed run of each side per pair (file cache warm, and a check that both really parse: same post count as the oracle).</summary>
    private static void Check(IReadOnlyList<CorpusPair> pairs, IReadOnlyList<HydraVariant> variants, HydrusOracle? hydrus, TextWriter output)
    {
        foreach (var pair in pairs)
        {
            foreach (var variant in variants)
            {
                var run = variant.ParseOnce(pair);
                var posts = run.ExitCode is 0 or 1 && run.Output.Length > 0 ? JsonNode.Parse(run.Output)?["posts"]?.AsArray().Count : null;
                if (posts != pair.HydrusPosts)
                {
                    output.WriteLine($"  warning: hydra '{variant.Label}' on {pair.Name}: exit {run.ExitCode}, {posts?.ToString(CultureInfo.InvariantCulture) ?? "no"} posts (hydrus: {pair.HydrusPosts}) {run.Error.Split('\n')[0]}");
                }
            }

            if (hydrus is not null)
            {
                var run = hydrus.ParseOnce(pair);
                var last = run.Output.Trim().Split('\n')[^1];
                if (run.ExitCode != 0 || last != pair.HydrusPosts.ToString(CultureInfo.InvariantCulture))
                {
                    output.WriteLine($"  warning: hydrus on {pair.Name}: exit {run.ExitCode}, output '{last}' (expected {pair.HydrusPosts} posts) {run.Error.Trim().Split('\n')[^1]}");
                }
            }
        }
    }
}
