using System.Diagnostics;
using System.Globalization;
using System.Text.Json.Nodes;
using HydraEngine.Definitions;

namespace HydraEngine.Benchmarks;

/// <summary>
/// Decodes every corpus PNG (file → PNG → payload → JSON → upgrades → records → current hydrus tuple), single
/// threaded, reading each file as hydrus does, in interleaved rounds with hydrus's long-lived process doing
/// <c>LoadFromPNG</c> + <c>CreateFromNetworkBytes</c> on the same files.
/// </summary>
internal static class DecodeBenchmark
{
    public static JsonObject Run(string corpus, HydrusOracle.Server? hydrus, int rounds, TextWriter output)
    {
        var files = CorpusPngs(corpus);
        var loaded = Pass(files);
        Pass(files);
        var hydrusFiles = hydrus?.Decode(1).Files;
        output.WriteLine($"decode: {files.Length} PNGs ({loaded} load) per pass, single-threaded, {rounds} interleaved rounds (ms per pass, median [IQR])");
        if (hydrusFiles is { } count && count != files.Length)
        {
            output.WriteLine($"  warning: hydrus found {count} PNGs, we found {files.Length}");
        }

        var ours = new List<double>();
        var theirs = new List<double>();
        for (var round = 0; round < rounds; round++)
        {
            var watch = Stopwatch.StartNew();
            Pass(files);
            ours.Add(watch.Elapsed.TotalMilliseconds);
            if (hydrus is not null)
            {
                theirs.AddRange(hydrus.Decode(1).Milliseconds);
            }
        }

        var row = new Comparison("decode, whole corpus", Spread.Of(ours), hydrus is null ? null : Spread.Of(theirs));
        output.WriteLine("  " + row.Line("ms", "0"));
        var hydrusRate = row.Hydrus is null ? "" : string.Create(CultureInfo.InvariantCulture, $", hydrus {files.Length / row.Hydrus.Median * 1000:0} files/s, ratio {row.Ratio:0.0}×");
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  ours {files.Length / row.Ours.Median * 1000:0} files/s{hydrusRate}"));
        var json = row.ToJson();
        json["files"] = files.Length;
        json["rounds"] = rounds;
        return json;
    }

    /// <summary>Decodes the corpus repeatedly, single-threaded: a steady workload for a profiler.</summary>
    public static int Loop(string corpus, int passes, TextWriter output)
    {
        var files = CorpusPngs(corpus);
        var watch = Stopwatch.StartNew();
        for (var pass = 0; pass < passes; pass++)
        {
            Pass(files);
        }

        output.WriteLine($"{passes} passes over {files.Length} files: {watch.Elapsed.TotalMilliseconds / passes:0} ms each");
        return 0;
    }

    private static string[] CorpusPngs(string corpus) =>
        Directory.EnumerateFiles(Path.Combine(corpus, "objects"), "*.png", SearchOption.AllDirectories).Order(StringComparer.Ordinal).ToArray();

    private static int Pass(string[] files)
    {
        var loaded = 0;
        foreach (var path in files)
        {
            var result = DefinitionLoader.Load(File.ReadAllBytes(path), path);
            if (result.Succeeded)
            {
                HydrusSerialiser.ToTuple(result.Definition!);
                loaded++;
            }
        }

        return loaded;
    }
}
