using System.Diagnostics;

namespace HydraEngine.Benchmarks;

/// <summary>Parses one pair many times in this process: a steady workload to attach a profiler to; prints time and bytes allocated per parse.</summary>
internal static class ParseLoop
{
    public static int Run(string corpus, string pair, int runs, TextWriter output)
    {
        var loaded = CorpusPair.Load(corpus, pair).LoadInProcess();
        var allocated = GC.GetAllocatedBytesForCurrentThread();
        var watch = Stopwatch.StartNew();
        for (var run = 0; run < runs; run++)
        {
            loaded.Parse();
        }

        var perRun = (GC.GetAllocatedBytesForCurrentThread() - allocated) / Math.Max(runs, 1) / 1024.0;
        output.WriteLine($"{pair}: {runs} runs, {watch.Elapsed.TotalMilliseconds / runs:0.000} ms each, {perRun:0} KB allocated each");
        return 0;
    }
}
