using System.Diagnostics;
using HydraEngine.Storage;
using HydraEngine.Storage.Database;
using HydraEngine.Storage.Files;

namespace HydraEngine.StoreBench;

/// <summary>
/// <c>hydra import</c> of small files with tags (default 2,000 files × 20 tags): each round makes new files in a
/// fresh store and imports them in process as <c>hydra import</c> does (small files in batches of <c>--import-batch</c>, default 64, through
/// <see cref="HydraStore.ImportMany"/>, each batch one transaction with one durability sync), then — with
/// <c>--hydra PATH</c> — times a real <c>hydra import DIR -t TAG…</c> process on another fresh set (process start included).
/// </summary>
internal static class ImportWithTagsBenchmark
{
    public static void Run(BenchArguments arguments)
    {
        var root = Path.Combine(Path.GetDirectoryName(Path.GetFullPath(arguments.Database))!, "import-tags-bench");
        var tags = new TagVocabulary(Math.Max(arguments.TagsPerFile, 1_000)).Tags.Take(arguments.TagsPerFile).ToArray();
        var mappings = (long)arguments.ImportFiles * tags.Length;
        Console.WriteLine($"import-tags: {Stats.Number(arguments.ImportFiles)} small files × {tags.Length} tags = {Stats.Number(mappings)} mappings per round, {arguments.Rounds} rounds, fresh store each (targets: 2,000 files/s, 40,000 mappings/s); {LoadAverage.Describe()}");
        var inProcess = new List<(double Seconds, double Cpu)>();
        var cli = new List<double>();
        for (var round = 0; round < arguments.Rounds; round++)
        {
            inProcess.Add(InProcess(Fresh(root), arguments, tags, round));
            if (arguments.Hydra is { } hydra)
            {
                cli.Add(Cli(Fresh(root), hydra, arguments, tags, round));
            }
        }

        Report($"in process (ImportMany, batches of {arguments.ImportBatch})", inProcess.Select(run => run.Seconds).ToList(), arguments.ImportFiles, mappings,
            $"CPU {inProcess.Select(run => run.Cpu).Order().ElementAt(inProcess.Count / 2) * 1000 / arguments.ImportFiles:0.00} ms per file");
        if (cli.Count > 0)
        {
            Report("hydra import process (start included)", cli, arguments.ImportFiles, mappings, "");
        }

        Directory.Delete(root, recursive: true);
    }

    private static (double Seconds, double Cpu) InProcess(string root, BenchArguments arguments, string[] tags, int round)
    {
        var paths = SmallFiles.Write(Path.Combine(root, "source"), arguments.ImportFiles, arguments.Seed + (round * 2));
        var options = new ImportOptions { Tags = tags };
        using var store = HydraStore.Open(new StoreLocation(Path.Combine(root, "store", "hydra.db")));
        var cpuBefore = Process.GetCurrentProcess().TotalProcessorTime;
        var watch = Stopwatch.StartNew();
        var imported = 0;
        foreach (var batch in paths.Chunk(arguments.ImportBatch))
        {
            imported += store.ImportMany(batch, options).Count(attempt => attempt.Succeeded);
        }

        watch.Stop();
        if (imported != paths.Count)
        {
            throw new ArgumentException($"only {imported} of {paths.Count} files imported");
        }

        return (watch.Elapsed.TotalSeconds, (Process.GetCurrentProcess().TotalProcessorTime - cpuBefore).TotalSeconds);
    }

    private static double Cli(string root, string hydra, BenchArguments arguments, string[] tags, int round)
    {
        var source = Path.Combine(root, "source");
        SmallFiles.Write(source, arguments.ImportFiles, arguments.Seed + (round * 2) + 1);
        var start = new ProcessStartInfo(hydra.EndsWith(".dll", StringComparison.Ordinal) ? "dotnet" : hydra) { UseShellExecute = false, RedirectStandardOutput = true, RedirectStandardError = true };
        if (hydra.EndsWith(".dll", StringComparison.Ordinal))
        {
            start.ArgumentList.Add(hydra);
        }

        foreach (var argument in new[] { "import", source, "--db", Path.Combine(root, "store", "hydra.db") }.Concat(tags.SelectMany(tag => new[] { "-t", tag })))
        {
            start.ArgumentList.Add(argument);
        }

        var watch = Stopwatch.StartNew();
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        process.WaitForExit();
        watch.Stop();
        if (process.ExitCode != 0)
        {
            throw new ArgumentException($"hydra import failed (exit {process.ExitCode}): {output.Result} {error.Result}");
        }

        return watch.Elapsed.TotalSeconds;
    }

    private static void Report(string label, List<double> seconds, int files, long mappings, string extra)
    {
        seconds.Sort();
        var median = seconds[seconds.Count / 2];
        Console.WriteLine($"  {label,-40} median {median:0.00} s [min {seconds[0]:0.00}, max {seconds[^1]:0.00}] = {Stats.Number(files / median)} files/s, {Stats.Number(mappings / median)} mappings/s {extra}");
    }

    private static string Fresh(string root)
    {
        if (Directory.Exists(root))
        {
            Directory.Delete(root, recursive: true);
        }

        Directory.CreateDirectory(root);
        return root;
    }
}
