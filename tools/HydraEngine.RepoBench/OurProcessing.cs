using HydraEngine.Repositories.Sync;
using HydraEngine.Repositories.Updates;
using HydraEngine.Storage;
using HydraEngine.Storage.Database;

namespace HydraEngine.RepoBench;

/// <summary>
/// Our side: a fresh store, the update files kept in it as a sync keeps them (not timed), then every unit processed
/// in hydrus's order by <see cref="UpdateProcessor"/> (timed: reading and decoding each file included).
/// </summary>
internal static class OurProcessing
{
    public static RunResult Run(UpdateSet set, string storeFolder, int round, int cacheMegabytes)
    {
        if (Directory.Exists(storeFolder))
        {
            Directory.Delete(storeFolder, recursive: true);
        }

        var databasePath = Path.Combine(storeFolder, "hydra.db");
        var load = RunResult.CurrentLoadAverage();
        ProcessingReport report;
        long mappings;
        TimeSpan cpu;
        using (var store = HydraStore.Open(StoreLocation.FromOption(databasePath), new StoreOptions(CacheMegabytes: cacheMegabytes)))
        {
            var repository = store.Repositories.Add("bench", "127.0.0.1", 1, new byte[32]);
            store.Repositories.RegisterUpdates(repository, set.Files);
            foreach (var (_, hash) in set.Files)
            {
                var bytes = File.ReadAllBytes(set.PathOf(hash));
                store.Repositories.StoreUpdateFile(repository, hash, bytes, UpdateFileReader.MimeOf(bytes, "update"));
            }

            var processor = System.Diagnostics.Process.GetCurrentProcess().TotalProcessorTime;
            report = new UpdateProcessor(store.Repositories).Process("bench", null, CancellationToken.None);
            cpu = System.Diagnostics.Process.GetCurrentProcess().TotalProcessorTime - processor;
            if (report.UnitsLeft > 0)
            {
                throw new InvalidOperationException($"{report.UnitsLeft} units were left unprocessed");
            }

            mappings = store.Repositories.Progress(repository).Content.Mappings;
        }

        var bytesOnDisk = Directory.EnumerateFiles(storeFolder, "hydra.db*").Sum(path => new FileInfo(path).Length);
        return new RunResult("ours", round, report.Rows, report.Elapsed.TotalSeconds, cpu.TotalSeconds, mappings, bytesOnDisk, load);
    }
}
