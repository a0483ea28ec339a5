using System.Diagnostics;
using System.Text.Json.Nodes;
using HydraEngine.Definitions;
using HydraEngine.Definitions.Diagnostics;
using HydraEngine.Definitions.Hydrus;
using HydraEngine.Definitions.Png;

namespace HydraEngine.Benchmarks;

/// <summary>Where decode time goes: PNG → payload, payload → JSON text, JSON parse, full load, tuple writing.</summary>
internal static class DecodePhases
{
    public static int Report(string corpus, TextWriter output)
    {
        var files = Directory.EnumerateFiles(Path.Combine(corpus, "objects"), "*.png", SearchOption.AllDirectories)
            .Order(StringComparer.Ordinal)
            .Select(path => (Path: path, Bytes: File.ReadAllBytes(path)))
            .ToArray();
        var payloads = new byte[files.Length][];
        var texts = new string[files.Length];
        var results = new DefinitionLoadResult[files.Length];
        var png = Time(() => { for (var i = 0; i < files.Length; i++) { payloads[i] = HydrusPngReader.ReadPayload(files[i].Bytes, new DiagnosticBag("b")) ?? []; } });
        var inflate = Time(() => { for (var i = 0; i < files.Length; i++) { texts[i] = HydrusPayload.Decompress(payloads[i], new DiagnosticBag("b")) ?? ""; } });
        var parse = Time(() => { foreach (var text in texts) { JsonNode.Parse(text.Length == 0 ? "0" : text, documentOptions: new System.Text.Json.JsonDocumentOptions { MaxDepth = 256 }); } });
        var load = Time(() => { for (var i = 0; i < files.Length; i++) { results[i] = DefinitionLoader.LoadJson(texts[i], files[i].Path); } });
        var write = Time(() => { foreach (var result in results) { if (result.Definition is { } d) { HydrusSerialiser.ToTuple(d); } } });
        output.WriteLine($"phases (ms): png {png:0}, inflate+utf8 {inflate:0}, json parse {parse:0}, load from text (parse+upgrade+records) {load:0}, tuple write {write:0}");
        return 0;
    }

    private static double Time(Action action)
    {
        action();
        var watch = Stopwatch.StartNew();
        action();
        return watch.Elapsed.TotalMilliseconds;
    }
}
