using System.Globalization;
using HydraEngine.RepoBench;

// tools/repobench: repository update processing speed, ours beside hydrus's own client database, interleaved.
var options = BenchArguments.Parse(args);
if (options is null)
{
    Console.Error.WriteLine(BenchArguments.Usage);
    return 2;
}

var folder = options.Folder ?? Directory.CreateTempSubdirectory("hydra-repobench-").FullName;
Console.WriteLine($"making {options.Updates} update indices × {options.MappingsPerUpdate:N0} mappings in hydrus's update file format…");
var set = UpdateSet.Write(folder, SyntheticRepository.Make(options.Updates, options.MappingsPerUpdate));
Console.WriteLine($"update files: {set.Files.Count} ({set.CompressedBytes / 1_000_000.0:N1} MB compressed) in {set.UpdatesFolder}");

string? missing = "--no-hydrus";
var hydrus = options.WithHydrus ? HydrusProcessing.Find(options.Oracle, options.Hydrus, options.Python, out missing) : null;
if (hydrus is null)
{
    Console.WriteLine($"hydrus's side skipped: {missing}");
}

var results = new List<RunResult>();
for (var round = 1; round <= options.Rounds; round++)
{
    results.Add(OurProcessing.Run(set, Path.Combine(folder, "store"), round, options.CacheMegabytes));
    Console.WriteLine(results[^1].Describe());
    if (hydrus is not null)
    {
        results.Add(hydrus.Run(set, Path.Combine(folder, "hydrus-db"), round));
        Console.WriteLine(results[^1].Describe());
    }
}

foreach (var side in results.GroupBy(result => result.Side))
{
    var first = side.First();
    var warm = side.Skip(1).ToList();
    var warmText = warm.Count == 0 ? "" : string.Create(CultureInfo.InvariantCulture,
        $", warm (median of rounds 2-{options.Rounds}) {Median(warm.Select(result => result.RowsPerSecond)):N0} rows/s, {Median(warm.Select(result => result.RowsPerCpuSecond)):N0} per processor second");
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
        $"{side.Key}: cold (round 1) {first.RowsPerSecond:N0} rows/s, {first.RowsPerCpuSecond:N0} per processor second{warmText}; {first.BytesPerMapping:N1} bytes per mapping"));
}

Console.WriteLine($"load average at the end: {RunResult.CurrentLoadAverage()} (2 cores; other work on the machine slows both sides)");
return 0;

static double Median(IEnumerable<double> values)
{
    var sorted = values.Order().ToList();
    return sorted.Count % 2 == 1 ? sorted[sorted.Count / 2] : (sorted[(sorted.Count / 2) - 1] + sorted[sorted.Count / 2]) / 2;
}
