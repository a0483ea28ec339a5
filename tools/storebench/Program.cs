using HydraEngine.StoreBench;

// storebench generate [--db PATH] [--files N] [--mappings N] [--tags N]   build a synthetic store, report the ingest rate
// storebench search   [--db PATH] [--runs N]                              single- and three-tag search latency (median, p95)
// storebench import   [--db PATH] [--import-files N]                      small-file import rate vs sha256sum + cp
// storebench import-tags [--import-files N] [--tags-per-file N] [--rounds N] [--hydra PATH]   hydra import with tags, in process and as a process
// storebench all      [...]                                               all three, in order
try
{
    var arguments = BenchArguments.Parse(args.Skip(1));
    switch (args.FirstOrDefault())
    {
        case "generate":
            SyntheticStoreGenerator.Run(arguments);
            break;
        case "search":
            SearchBenchmark.Run(arguments);
            break;
        case "import":
            ImportBenchmark.Run(arguments);
            break;
        case "import-tags":
            ImportWithTagsBenchmark.Run(arguments);
            break;
        case "all":
            SyntheticStoreGenerator.Run(arguments);
            SearchBenchmark.Run(arguments);
            ImportBenchmark.Run(arguments);
            break;
        default:
            Console.Error.WriteLine("usage: storebench generate|search|import|import-tags|all [--db PATH] [--files N] [--mappings N] [--tags N] [--runs N] [--import-files N] [--tags-per-file N] [--rounds N] [--hydra PATH]");
            return 2;
    }

    return 0;
}
catch (Exception exception) when (exception is ArgumentException or HydraEngine.Storage.StoreException)
{
    Console.Error.WriteLine($"error: {exception.Message}");
    return 1;
}
