using System.Diagnostics;
using System.Globalization;
using System.Text.Json.Nodes;
using HydraEngine.Definitions;
using HydraEngine.Model.Containers;
using HydraEngine.Model.Parsing;
using HydraEngine.Parsing;
using HydraEngine.Parsing.Documents;
using HydraEngine.Parsing.Pages;

namespace HydraEngine.Benchmarks;

/// <summary>
/// Parses each corpus page with its parser (cold: the page text is parsed afresh every run) and puts our
/// median beside hydrus's cold-cache median from expected/parse_timings.tsv.
/// </summary>
internal static class ParseBenchmark
{
    private const int Runs = 20;

    public static int Run(string corpus, TextWriter output)
    {
        var hydrus = File.ReadLines(Path.Combine(corpus, "expected", "parse_timings.tsv")).Skip(1)
            .Select(line => line.Split('\t'))
            .ToDictionary(columns => columns[0], columns => double.Parse(columns[7], CultureInfo.InvariantCulture));
        var ratios = new List<double>();
        foreach (var path in Directory.EnumerateFiles(Path.Combine(corpus, "expected", "parse"), "*.json").Order(StringComparer.Ordinal))
        {
            var pair = Path.GetFileNameWithoutExtension(path);
            var expected = JsonNode.Parse(File.ReadAllText(path))!.AsObject();
            var parser = LoadParser(corpus, expected);
            var text = PageText.Decode(File.ReadAllBytes(Path.Combine(corpus, (string)expected["page_file"]!)));
            var context = expected["parsing_context"]!.AsObject().Select(entry => new KeyValuePair<string, string>(entry.Key, (string)entry.Value!)).ToList();
            var runner = new PageParserRunner();
            runner.Run(parser, text, new ParsingContext(context));
            var timings = new double[Runs];
            for (var run = 0; run < Runs; run++)
            {
                var watch = Stopwatch.StartNew();
                runner.Run(parser, text, new ParsingContext(context));
                timings[run] = watch.Elapsed.TotalMilliseconds;
            }

            Array.Sort(timings);
            var ours = timings[Runs / 2];
            if (hydrus.TryGetValue(pair, out var theirs))
            {
                ratios.Add(theirs / ours);
                output.WriteLine($"{pair,-55} ours {ours,8:0.000} ms  hydrus {theirs,8:0.00} ms  {theirs / ours,7:0.0}×");
            }
        }

        ratios.Sort();
        output.WriteLine($"parse: {ratios.Count} pages; ratio to hydrus (cold cache): median {ratios[ratios.Count / 2]:0.0}×, slowest page {ratios[0]:0.0}×, fastest {ratios[^1]:0.0}×");
        return 0;
    }

    /// <summary>Parses one pair many times: a steady workload to attach a profiler to.</summary>
    public static int Loop(string corpus, string pair, int runs, TextWriter output)
    {
        var expected = JsonNode.Parse(File.ReadAllText(Path.Combine(corpus, "expected", "parse", pair + ".json")))!.AsObject();
        var parser = LoadParser(corpus, expected);
        var text = PageText.Decode(File.ReadAllBytes(Path.Combine(corpus, (string)expected["page_file"]!)));
        var context = expected["parsing_context"]!.AsObject().Select(entry => new KeyValuePair<string, string>(entry.Key, (string)entry.Value!)).ToList();
        var watch = Stopwatch.StartNew();
        for (var run = 0; run < runs; run++)
        {
            new PageParserRunner().Run(parser, text, new ParsingContext(context));
        }

        output.WriteLine($"{pair}: {runs} runs, {watch.Elapsed.TotalMilliseconds / runs:0.000} ms each");
        return 0;
    }

    private static PageParser LoadParser(string corpus, JsonObject expected)
    {
        var loaded = DefinitionLoader.LoadFile(Path.Combine(corpus, (string)expected["parser_file"]!)).Definition;
        var name = (string)expected["parser"]!;
        return loaded as PageParser ?? ((DefinitionList)loaded!).Items.OfType<PageParser>().First(parser => parser.Name == name);
    }
}
