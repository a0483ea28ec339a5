using System.Diagnostics;
using HydraEngine.Definitions;
using HydraEngine.Library;
using HydraEngine.Parsing;
using HydraEngine.Parsing.Pages;

namespace HydraEngine.Fuzz;

/// <summary>
/// One fuzz run: each mutated definition goes through the loader and, when it loads, an import plan on a real
/// library (every object the plan would write must load again from the form it is stored in; some are written and
/// the library is checked afterwards); each hostile page goes through a page parser. Every item is timed.
/// </summary>
public sealed class FuzzRun(FuzzOptions options, TextWriter progress)
{
    private const int ApplyEvery = 25;
    private readonly List<string> unhandled = [];
    private readonly List<string> hangs = [];
    private readonly List<string> notReadBack = [];
    private TimeSpan slowest;

    public FuzzReport Run()
    {
        var clock = Stopwatch.StartNew();
        var seeds = FuzzSeeds.Load(options.Root);
        var random = new Random(options.Seed);
        var folder = Directory.CreateTempSubdirectory("hydra-fuzz-").FullName;
        try
        {
            var accepted = FuzzDefinitions(seeds, random, Path.Combine(folder, "fuzz.db"));
            var parsed = FuzzPages(seeds, random);
            var (answered, apiUnhandled, apiHangs, apiSlowest) = new Api.ApiFuzz(options, random).RunAsync(folder).GetAwaiter().GetResult();
            unhandled.AddRange(apiUnhandled);
            hangs.AddRange(apiHangs);
            slowest = apiSlowest > slowest ? apiSlowest : slowest;
            progress.WriteLine($"{answered}/{options.ApiRequests} Client API requests answered");
            return new FuzzReport(options.Definitions, accepted, options.Pages, parsed, unhandled, hangs, notReadBack, slowest,
                Process.GetCurrentProcess().PeakWorkingSet64, options.MemoryLimitBytes, clock.Elapsed) { ApiRequests = options.ApiRequests };
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            Directory.Delete(folder, recursive: true);
        }
    }

    private int FuzzDefinitions(FuzzSeeds seeds, Random random, string database)
    {
        using var library = DownloaderLibrary.Open(database);
        var accepted = 0;
        for (var index = 0; index < options.Definitions; index++)
        {
            var (seed, isPng) = seeds.Definitions[random.Next(seeds.Definitions.Count)];
            var bytes = DefinitionMutator.Mutate(seed, isPng, random);
            var name = $"definition {index} ({(isPng ? "png" : "json")})";
            accepted += Timed(name, () => Accept(library, DefinitionLoader.Load(bytes, name), name, applyIt: index % ApplyEvery == 0)) ? 1 : 0;
            Report(index, options.Definitions, "definitions");
        }

        foreach (var broken in library.Check())
        {
            notReadBack.Add($"the library holds {broken.Kind} '{broken.Name}' v{broken.Version}, which does not load: {broken.Problem}");
        }

        return accepted;
    }

    private bool Accept(DownloaderLibrary library, DefinitionLoadResult loaded, string name, bool applyIt)
    {
        if (!loaded.Succeeded)
        {
            return false;
        }

        var plan = library.PlanImport([loaded]);
        if (plan.HasErrors)
        {
            return false;
        }

        foreach (var change in plan.ToWrite)
        {
            var stored = DefinitionLoader.LoadJson(HydrusSerialiser.ToDumpString(change.Result), name);
            if (!stored.Succeeded)
            {
                notReadBack.Add($"{name}: {change.Kind} '{change.Name}' was accepted but its stored form does not load: {string.Join("; ", stored.Errors.Select(error => error.Message))}");
            }
        }

        if (applyIt && plan.CanApply)
        {
            library.ApplyImport(plan);
        }

        return plan.ToWrite.Count > 0;
    }

    private int FuzzPages(FuzzSeeds seeds, Random random)
    {
        var runner = new PageParserRunner();
        var parsed = 0;
        for (var index = 0; index < options.Pages; index++)
        {
            var page = HostilePages.Make(random, seeds.Pages);
            var parser = seeds.Parsers[random.Next(seeds.Parsers.Count)];
            var name = $"page {index} ({page.Length} characters) with parser '{parser.Name}'";
            parsed += Timed(name, () => runner.Run(parser, page, ParsingContext.ForUrl("https://fixture.test/post/1")).Failure is null) ? 1 : 0;
            Report(index, options.Pages, "pages");
        }

        return parsed;
    }

    private bool Timed(string name, Func<bool> work)
    {
        var clock = Stopwatch.StartNew();
        try
        {
            return work();
        }
        catch (Exception exception)
        {
            unhandled.Add($"{name}: {exception.GetType().Name}: {exception.Message}");
            return false;
        }
        finally
        {
            var elapsed = clock.Elapsed;
            slowest = elapsed > slowest ? elapsed : slowest;
            if (elapsed > options.HangLimit)
            {
                hangs.Add($"{name} took {elapsed.TotalSeconds:0.0} s");
            }
        }
    }

    private void Report(int index, int total, string what)
    {
        if ((index + 1) % 1000 == 0 || index + 1 == total)
        {
            progress.WriteLine($"{index + 1}/{total} {what}");
        }
    }
}
