using HydraEngine.StoreCrashTest;

// storecrashtest run [--rounds N] [--work DIR] [--seed N]   kills an importing child with SIGKILL N times, checking the store after each
// storecrashtest child --db PATH --source DIR --seed N      the importing child (started by "run")
try
{
    return args.FirstOrDefault() switch
    {
        "run" => CrashOrchestrator.Run(CrashArguments.Parse(args.Skip(1))),
        "child" => CrashChild.Run(CrashArguments.Parse(args.Skip(1))),
        _ => Usage(),
    };
}
catch (ArgumentException exception)
{
    Console.Error.WriteLine($"error: {exception.Message}");
    return Usage();
}

static int Usage()
{
    Console.Error.WriteLine("usage: storecrashtest run [--rounds 60] [--work DIR] [--seed N] [--max-delay-ms 1500]");
    return 2;
}
