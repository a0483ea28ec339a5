using System.Diagnostics;
using System.Globalization;
using System.Text.Json.Nodes;

namespace HydraEngine.Benchmarks;

/// <summary>
/// Warm parsing, the engine's steady state: every pair parsed in this process until the JIT stops compiling (tier-1
/// code reached), then interleaved rounds — each pair <c>iterations</c> times here, then the same in hydrus's
/// long-lived process (its parsing cache cleared before each parse, as ours builds the document afresh).
/// </summary>
internal static class WarmParseBenchmark
{
    public static JsonObject Run(IReadOnlyList<CorpusPair> pairs, HydrusOracle.Server? hydrus, int rounds, int iterations, double warmupSeconds, TextWriter output)
    {
        var loaded = pairs.Select(pair => pair.LoadInProcess()).ToList();
        var warmup = WarmUp(loaded, warmupSeconds);
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"warm: {warmup.Passes} warm-up passes over {pairs.Count} pairs in {warmup.Seconds:0.0} s (until no method was JIT-compiled in a pass); then {rounds} interleaved rounds × {iterations} parses per pair (ms, median [IQR])"));
        foreach (var pair in loaded.Where(pair => pair.Parse() != pair.Pair.HydrusPosts))
        {
            output.WriteLine($"  warning: {pair.Pair.Name}: we get {pair.Parse()} posts, hydrus {pair.Pair.HydrusPosts}");
        }

        foreach (var pair in pairs)
        {
            hydrus?.Parse(pair, 3);
        }

        var ours = pairs.ToDictionary(pair => pair.Name, _ => new List<double>());
        var theirs = pairs.ToDictionary(pair => pair.Name, _ => new List<double>());
        for (var round = 0; round < rounds; round++)
        {
            foreach (var pair in loaded)
            {
                for (var i = 0; i < iterations; i++)
                {
                    var watch = Stopwatch.StartNew();
                    pair.Parse();
                    ours[pair.Pair.Name].Add(watch.Elapsed.TotalMilliseconds);
                }

                if (hydrus is not null)
                {
                    theirs[pair.Pair.Name].AddRange(hydrus.Parse(pair.Pair, iterations));
                }
            }
        }

        var rows = pairs.Select(pair => new Comparison(pair.Name, Spread.Of(ours[pair.Name]), hydrus is null ? null : Spread.Of(theirs[pair.Name]))).ToList();
        foreach (var row in rows)
        {
            output.WriteLine("  " + row.Line("ms", "0.000"));
        }

        var overall = Comparison.Overall(rows, output, "warm");
        return new JsonObject
        {
            ["rounds"] = rounds,
            ["iterations"] = iterations,
            ["warmup_passes"] = warmup.Passes,
            ["warmup_seconds"] = Math.Round(warmup.Seconds, 2),
            ["pairs"] = new JsonArray(rows.Select(row => (JsonNode)row.ToJson()).ToArray()),
            ["overall"] = overall,
        };
    }

    /// <summary>Parses every pair, pass after pass, for at least <paramref name="minimumSeconds"/> and until a pass compiles no new method (at most 120 s).</summary>
    private static (int Passes, double Seconds) WarmUp(IReadOnlyList<LoadedPair> pairs, double minimumSeconds)
    {
        var watch = Stopwatch.StartNew();
        var passes = 0;
        var compiled = -1L;
        while (watch.Elapsed.TotalSeconds < 120)
        {
            foreach (var pair in pairs)
            {
                pair.Parse();
            }

            passes++;
            var now = System.Runtime.JitInfo.GetCompiledMethodCount();
            if (now == compiled && watch.Elapsed.TotalSeconds >= minimumSeconds && passes >= 30)
            {
                break;
            }

            compiled = now;
        }

        return (passes, watch.Elapsed.TotalSeconds);
    }
}
