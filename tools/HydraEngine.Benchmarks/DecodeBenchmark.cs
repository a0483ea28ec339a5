using System.Diagnostics;
using HydraEngine.Definitions;

namespace HydraEngine.Benchmarks;

/// <summary>
/// Decodes every corpus PNG (PNG → payload → JSON → upgrades → records → current hydrus tuple), single
/// threaded, from bytes already in memory, and compares with hydrus's own figure on this machine.
/// </summary>
internal static class DecodeBenchmark
{
    /// <summary>hydrus decodes the 5,744 corpus PNGs in about 2.8 s here (issue 2).</summary>
    private const double HydrusFilesPerSecond = 5744 / 2.8;

    public static int Run(string corpus, TextWriter output)
    {
        var files = Directory.EnumerateFiles(Path.Combine(corpus, "objects"), "*.png", SearchOption.AllDirectories)
            .Order(StringComparer.Ordinal)
            .Select(path => (Path: path, Bytes: File.ReadAllBytes(path)))
            .ToArray();
        Pass(files);
        var timings = new List<double>();
        for (var run = 0; run < 7; run++)
        {
            var watch = Stopwatch.StartNew();
            var loaded = Pass(files);
            watch.Stop();
            timings.Add(watch.Elapsed.TotalSeconds);
            if (loaded < files.Length - 1)
            {
                output.WriteLine($"only {loaded} of {files.Length} files loaded; the benchmark is not measuring a full decode.");
                return 1;
            }
        }

        DecodePhases.Report(files, output);
        Report(output, "decode, 1 thread", files.Length, timings);
        var parallel = new List<double>();
        for (var run = 0; run < 7; run++)
        {
            var watch = Stopwatch.StartNew();
            ParallelPass(files);
            parallel.Add(watch.Elapsed.TotalSeconds);
        }

        Report(output, $"decode, {Environment.ProcessorCount} threads", files.Length, parallel);
        return 0;
    }

    /// <summary>Decodes the corpus repeatedly, single-threaded: a steady workload for a profiler.</summary>
    public static int Loop(string corpus, int passes, TextWriter output)
    {
        var files = Directory.EnumerateFiles(Path.Combine(corpus, "objects"), "*.png", SearchOption.AllDirectories)
            .Select(path => (Path: path, Bytes: File.ReadAllBytes(path)))
            .ToArray();
        var watch = Stopwatch.StartNew();
        for (var pass = 0; pass < passes; pass++)
        {
            Pass(files);
        }

        output.WriteLine($"{passes} passes over {files.Length} files: {watch.Elapsed.TotalMilliseconds / passes:0} ms each");
        return 0;
    }

    private static void Report(TextWriter output, string label, int count, List<double> timings)
    {
        timings.Sort();
        var median = timings[timings.Count / 2];
        var perSecond = count / median;
        output.WriteLine($"{label}: {count} files, median {median * 1000:0} ms over {timings.Count} runs = {perSecond:0} files/s; hydrus ≈ {HydrusFilesPerSecond:0} files/s; ratio {perSecond / HydrusFilesPerSecond:0.0}×");
    }

    private static void ParallelPass((string Path, byte[] Bytes)[] files)
    {
        Parallel.ForEach(files, file =>
        {
            var result = DefinitionLoader.Load(file.Bytes, file.Path);
            if (result.Succeeded)
            {
                HydrusSerialiser.ToTuple(result.Definition!);
            }
        });
    }

    private static int Pass((string Path, byte[] Bytes)[] files)
    {
        var loaded = 0;
        foreach (var (path, bytes) in files)
        {
            var result = DefinitionLoader.Load(bytes, path);
            if (result.Succeeded)
            {
                HydrusSerialiser.ToTuple(result.Definition!);
                loaded++;
            }
        }

        return loaded;
    }
}
