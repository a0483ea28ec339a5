using System.Diagnostics;
using HydraEngine.Storage;
using HydraEngine.Storage.Database;

namespace HydraEngine.StoreBench;

/// <summary>
/// Small-file import rate (1–16 KB files) into a fresh store, side by side with <c>sha256sum</c> + <c>cp</c> of the
/// same files (with and without a final <c>sync</c>). Our import fsyncs each file and its folder before the
/// commit; plain cp does not, so "cp + sync" is the closer durable comparison.
/// </summary>
internal static class ImportBenchmark
{
    public static void Run(BenchArguments arguments)
    {
        var root = Path.Combine(Path.GetDirectoryName(Path.GetFullPath(arguments.Database))!, "import-bench");
        if (Directory.Exists(root))
        {
            Directory.Delete(root, recursive: true);
        }

        var source = Path.Combine(root, "source");
        var paths = SmallFiles.Write(source, arguments.ImportFiles, arguments.Seed);
        var bytes = paths.Sum(path => new FileInfo(path).Length);
        Console.WriteLine($"import: {Stats.Number(paths.Count)} small files (1–16 KB, {bytes / (1024.0 * 1024):0.0} MB), page cache warm for every contender; {LoadAverage.Describe()}");
        Shell($"cat {source}/* > /dev/null");

        var half = paths.Count / 2;
        using (var store = HydraStore.Open(new StoreLocation(Path.Combine(root, "store", "hydra.db"))))
        {
            var watch = Stopwatch.StartNew();
            foreach (var path in paths.Take(half))
            {
                store.Import(path);
            }

            Console.WriteLine($"  hydra Import, one by one (first half)    {Stats.Rate(half, watch.Elapsed),8} files/s   ({watch.Elapsed.TotalSeconds:0.00} s; fsyncs per file)");
            watch.Restart();
            var imported = store.ImportMany(paths.Skip(half)).Count(attempt => attempt.Succeeded);
            Console.WriteLine($"  hydra ImportMany, batches of 64 (rest)   {Stats.Rate(imported, watch.Elapsed),8} files/s   ({watch.Elapsed.TotalSeconds:0.00} s; syncfs per batch, what 'hydra import' uses)");
        }

        var copy = Path.Combine(root, "cp");
        Directory.CreateDirectory(copy);
        var plain = Shell($"sha256sum {source}/* > /dev/null && cp {source}/* {copy}/");
        Console.WriteLine($"  sha256sum + cp (all files)               {Stats.Rate(paths.Count, plain),8} files/s   ({plain.TotalSeconds:0.00} s; no durability)");
        Directory.Delete(copy, recursive: true);
        Directory.CreateDirectory(copy);
        var synced = Shell($"sha256sum {source}/* > /dev/null && cp {source}/* {copy}/ && sync");
        Console.WriteLine($"  sha256sum + cp + sync (all files)        {Stats.Rate(paths.Count, synced),8} files/s   ({synced.TotalSeconds:0.00} s)");
        Directory.Delete(root, recursive: true);
    }

    private static TimeSpan Shell(string script)
    {
        var start = new ProcessStartInfo("bash") { UseShellExecute = false };
        start.ArgumentList.Add("-c");
        start.ArgumentList.Add(script);
        var watch = Stopwatch.StartNew();
        using var process = Process.Start(start)!;
        process.WaitForExit();
        if (process.ExitCode != 0)
        {
            throw new ArgumentException($"'{script}' failed with exit code {process.ExitCode}");
        }

        return watch.Elapsed;
    }
}
