using System.Diagnostics;
using HydraEngine.Imaging.Similarity;

namespace HydraEngine.DupeBench;

/// <summary>
/// Builds each index over the hashes and times the same 50,000 searches (each an indexed file's own hash) at 2, 4
/// and 8, several runs each: the median wall time and the median CPU time of a run (the machine may be shared).
/// </summary>
internal static class IndexBench
{
    private const int Searches = 50_000;
    private const int Runs = 7;
    private static readonly TimeSpan Budget = TimeSpan.FromSeconds(30);

    public static void Run(int size, bool onlyMultiIndex, TextWriter output)
    {
        var hashes = ClusteredHashes.Generate(size, seed: 682);
        var rows = hashes.Select((hash, id) => (hash, (long)id)).ToList();
        var random = new Random(414_569);
        var queries = Enumerable.Range(0, Searches).Select(_ => hashes[random.Next(hashes.Length)]).ToArray();
        output.WriteLine($"{size:N0} hashes ({hashes.Distinct().Count():N0} distinct), {Searches:N0} searches of indexed hashes, median of {Runs} runs");
        foreach (var (name, build) in new (string, Func<ISimilarHashIndex>)[]
        {
            ("multi-index hashing", () => new MultiIndexHashIndex(rows)),
            ("BK-tree", () => new BkTreeIndex(rows)),
            ("linear scan", () => new LinearScanIndex(rows)),
        }.Take(onlyMultiIndex ? 1 : 3))
        {
            var clock = Stopwatch.StartNew();
            var index = build();
            output.WriteLine($"  {name}: built in {clock.Elapsed.TotalSeconds:F2} s");
            foreach (var radius in new[] { 2, 4, 8 })
            {
                var tables = index is MultiIndexHashIndex mih ? $" ({Describe(mih.ChunkCountFor(radius))})" : "";
                output.WriteLine($"    distance {radius}{tables}: {Time(index, queries, radius)}");
            }
        }
    }

    private static string Describe(int chunks) => chunks == 0 ? "linear scan" : $"{chunks} substring tables";

    private static string Time(ISimilarHashIndex index, ulong[] queries, int radius)
    {
        var results = new List<SimilarHash>();
        var warmUp = Stopwatch.StartNew();
        for (var query = 0; query < 2_000 && warmUp.Elapsed < TimeSpan.FromSeconds(2); query++)
        {
            results.Clear();
            index.Search(queries[^(query + 1)], radius, results);
        }

        var walls = new List<double>();
        var cpus = new List<double>();
        long matches = 0;
        for (var run = 0; run < Runs; run++)
        {
            matches = 0;
            var done = 0;
            var cpuBefore = Process.GetCurrentProcess().TotalProcessorTime;
            var clock = Stopwatch.StartNew();
            while (done < queries.Length && clock.Elapsed < Budget)
            {
                results.Clear();
                index.Search(queries[done++], radius, results);
                matches += results.Count;
            }

            var cpu = (Process.GetCurrentProcess().TotalProcessorTime - cpuBefore).TotalSeconds;
            if (done < queries.Length)
            {
                return $"{clock.Elapsed.TotalSeconds * queries.Length / done:F1} s wall, {cpu * queries.Length / done:F1} s CPU extrapolated from {done:N0} searches in {clock.Elapsed.TotalSeconds:F1} s";
            }

            walls.Add(clock.Elapsed.TotalSeconds);
            cpus.Add(cpu);
        }

        var cpuMedian = Median(cpus);
        return $"{Median(walls):F3} s wall (min {walls.Min():F3}), {cpuMedian:F3} s CPU ({cpuMedian / queries.Length * 1e6:F2} µs CPU per search), {matches:N0} matches";
    }

    private static double Median(List<double> values) => values.Order().ElementAt(values.Count / 2);
}
