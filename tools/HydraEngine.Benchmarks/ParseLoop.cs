using System.Diagnostics;

namespace HydraEngine.Benchmarks;

/// <summary>Parses one pair many times in this process: a steady workload to attach a profiler to.</summary>
internal static class ParseLoop
{
    public static int Run(string corpus, string pair, int runs, TextWriter output)
    {
        var loaded = CorpusPair.Load(corpus, pair).LoadInProcess();
        var watch = Stopwatch.StartNew();
        for (var run = 0; run < runs; run++)
        {
            loaded.Parse();
        }

        output.WriteLine($"{pair}: {runs} runs, {watch.Elapsed.TotalMilliseconds / runs:0.000} ms each");
        return 0;
    }
}
