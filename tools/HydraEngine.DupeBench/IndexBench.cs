using System.Diagnostics;
using HydraEngine.Imaging.Similarity;

namespace HydraEngine.DupeBench;

/// <summary>Builds each index over the hashes and times the same 50,000 searches (each an indexed file's own hash) at 2, 4 and 8.</summary>
internal static class IndexBench
{
    private const int Searches = 50_000;
    private static readonly TimeSpan Budget = TimeSpan.FromSeconds(30);

    public static void Run(int size, bool onlyMultiIndex, TextWriter output)
    {
        var hashes = ClusteredHashes.Generate(size, seed: 682);
        var rows = hashes.Select((hash, id) => (hash, (long)id)).ToList();
        var random = new Random(414_569);
        var queries = Enumerable.Range(0, Searches).Select(_ => hashes[random.Next(hashes.Length)]).ToArray();
        output.WriteLine($"{size:N0} hashes ({hashes.Distinct().Count():N0} distinct), {Searches:N0} searches of indexed hashes");
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
                output.WriteLine($"    distance {radius}: {Time(index, queries, radius)}");
            }
        }
    }

    private static string Time(ISimilarHashIndex index, ulong[] queries, int radius)
    {
        var warmUp = Stopwatch.StartNew();
        for (var query = 0; query < 2_000 && warmUp.Elapsed < TimeSpan.FromSeconds(2); query++)
        {
            index.Search(queries[^(query + 1)], radius);
        }

        long matches = 0;
        var done = 0;
        var cpuBefore = Process.GetCurrentProcess().TotalProcessorTime;
        var clock = Stopwatch.StartNew();
        while (done < queries.Length && clock.Elapsed < Budget)
        {
            matches += index.Search(queries[done++], radius).Count;
        }

        var seconds = clock.Elapsed.TotalSeconds;
        var cpu = (Process.GetCurrentProcess().TotalProcessorTime - cpuBefore).TotalSeconds;
        return done == queries.Length
            ? $"{seconds:F3} s wall, {cpu:F3} s CPU for {done:N0} searches ({matches:N0} matches)"
            : $"{seconds * queries.Length / done:F1} s wall, {cpu * queries.Length / done:F1} s CPU extrapolated from {done:N0} searches in {seconds:F1} s";
    }
}
