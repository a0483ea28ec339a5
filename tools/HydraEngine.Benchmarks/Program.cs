using System.Text.Json;
using System.Text.Json.Nodes;
using HydraEngine.Benchmarks;

// tools/bench parse|decode|all [options]: our figures beside hydrus's, measured live in the same run, interleaved.
// parse-loop PAIR [--runs N] and decode-loop [--passes N] repeat one workload for a profiler; decode-phases splits decode time.
var mode = args.FirstOrDefault() ?? "all";
try
{
    var loopPair = mode == "parse-loop" && args.Length > 1 ? args[1] : null;
    var options = new BenchOptions(args.Skip(loopPair is null ? 1 : 2));
    var corpus = Path.GetFullPath(options.Text("corpus") ?? Path.Combine(AppContext.BaseDirectory, "..", "..", "..", "shared", "corpus"));
    if (!Directory.Exists(Path.Combine(corpus, "expected", "parse")))
    {
        Console.Error.WriteLine($"the corpus is not at {corpus}; pass --corpus DIR (../shared/corpus).");
        return 2;
    }

    return mode switch
    {
        "parse" or "decode" or "all" => Compare(mode, corpus, options),
        "parse-loop" when loopPair is not null => ParseLoop.Run(corpus, loopPair, options.Number("runs", 200), Console.Out),
        "decode-loop" => DecodeBenchmark.Loop(corpus, options.Number("passes", 5), Console.Out),
        "decode-phases" => DecodePhases.Report(corpus, Console.Out),
        _ => Usage(),
    };
}
catch (ArgumentException exception)
{
    Console.Error.WriteLine($"error: {exception.Message}");
    return 2;
}

static int Compare(string mode, string corpus, BenchOptions options)
{
    var asJson = options.Has("json");
    var output = asJson ? Console.Error : Console.Out;
    var machine = MachineInfo.Describe();
    output.WriteLine($"tools/bench {mode}: {machine["date_utc"]} UTC, {machine["cores"]} × {machine["cpu"]}, load average {machine["load_average"]}, {machine["runtime"]}");
    string? missing = null;
    var hydrus = options.Has("no-hydrus") ? null : HydrusOracle.Find(corpus, options, out missing);
    if (hydrus is null && !options.Has("no-hydrus"))
    {
        Console.Error.WriteLine($"error: hydrus cannot run here: {missing}. Pass --no-hydrus for our figures alone.");
        return 2;
    }

    var report = new JsonObject { ["benchmark"] = mode, ["machine"] = machine, ["corpus"] = corpus };
    using (var server = hydrus?.Start())
    {
        if (mode is "parse" or "all")
        {
            var pairs = CorpusPair.Select(corpus, options.All("only"));
            if (!options.Has("no-warm"))
            {
                report["warm"] = WarmParseBenchmark.Run(pairs, server, options.Number("rounds", 5), options.Number("iterations", 20), options.Seconds("warmup-seconds", 3), output);
            }

            if (!options.Has("no-cold"))
            {
                var variants = options.All("hydra").Select(HydraVariant.Parse).ToList();
                if (variants.Count == 0)
                {
                    throw new ArgumentException("cold figures need a hydra CLI: --hydra LABEL=PATH (tools/bench passes the one tools/hydra builds), or --no-cold");
                }

                var coldPairs = options.All("cold-only").Count > 0 ? CorpusPair.Select(corpus, options.All("cold-only")) : pairs;
                report["cold"] = ColdParseBenchmark.Run(coldPairs, variants, hydrus, options.Number("cold-rounds", 5), output);
            }
        }

        if (mode is "decode" or "all")
        {
            report["decode"] = DecodeBenchmark.Run(corpus, server, options.Number("decode-rounds", 5), output);
        }
    }

    report["machine"]!["load_average_after"] = MachineInfo.LoadAverage();
    output.WriteLine($"load average after: {MachineInfo.LoadAverage()}");
    if (asJson)
    {
        Console.Out.WriteLine(report.ToJsonString(new JsonSerializerOptions { WriteIndented = true }));
    }

    return 0;
}

static int Usage()
{
    Console.Error.WriteLine("""
        usage: tools/bench parse|decode|all [--only PAIR]... [--rounds N] [--iterations N] [--warmup-seconds S]
                                            [--cold-rounds N] [--cold-only PAIR]... [--hydra LABEL=PATH[,ENV=VALUE...]]...
                                            [--decode-rounds N] [--no-warm] [--no-cold] [--no-hydrus] [--json]
                                            [--corpus DIR] [--oracle DIR] [--hydrus DIR] [--python PATH]
               tools/bench parse-loop PAIR [--runs N] | decode-loop [--passes N] | decode-phases
        """);
    return 2;
}
