using HydraEngine.Fuzz;

// fuzz [--seed N] [--definitions N] [--pages N] [--api N] [--root DIR]
//   mutates definitions (PNG, hydrus JSON, native JSON) and builds hostile pages (HTML, JSON, XML), runs them
//   through the loader, the library's import check and the page parsers, and reports unhandled exceptions,
//   slow items, peak memory and accepted definitions that do not read back; exit 1 when any limit is broken.
var options = FuzzOptions.Parse(args);
if (options is null)
{
    Console.Error.WriteLine("usage: fuzz [--seed N] [--definitions 10000] [--pages 1000] [--api 2000] [--root REPOSITORY]");
    return 2;
}

var report = new FuzzRun(options, Console.Out).Run();
Console.WriteLine(report.Summary());
return report.Passed ? 0 : 1;
