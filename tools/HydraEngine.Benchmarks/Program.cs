using HydraEngine.Benchmarks;

// tools/bench: speed harness. Each benchmark reports its figure beside the reference (hydrus) figure as a ratio.
var corpus = args.Length > 1 ? args[1] : Path.GetFullPath(Path.Combine(AppContext.BaseDirectory, "..", "..", "..", "..", "..", "..", "shared", "corpus"));
if (!Directory.Exists(corpus))
{
    Console.Error.WriteLine($"the corpus is not at {corpus}; pass its path as the second argument.");
    return 2;
}

return (args.FirstOrDefault() ?? "decode") switch
{
    "decode" => DecodeBenchmark.Run(corpus, Console.Out),
    "decode-loop" => DecodeBenchmark.Loop(corpus, args.Length > 2 ? int.Parse(args[2], System.Globalization.CultureInfo.InvariantCulture) : 5, Console.Out),
    "parse" => ParseBenchmark.Run(corpus, Console.Out),
    "parse-loop" => ParseBenchmark.Loop(corpus, args[2], args.Length > 3 ? int.Parse(args[3], System.Globalization.CultureInfo.InvariantCulture) : 200, Console.Out),
    var other => Unknown(other),
};

static int Unknown(string name)
{
    Console.Error.WriteLine($"unknown benchmark \"{name}\"; known: decode, parse");
    return 2;
}
