using System.Diagnostics;
using HydraEngine.Storage;
using HydraEngine.Storage.Database;
using HydraEngine.Storage.Services;

namespace HydraEngine.StoreBench;

/// <summary>
/// Builds a synthetic store: N file rows (random hashes, sizes, resolutions, import times; no bytes on disk)
/// and M mappings drawn from a Zipf-like vocabulary, ingested through the public <see cref="Storage.Tags.MappingIngest"/>
/// API, whose rate is the reported figure.
/// </summary>
internal static class SyntheticStoreGenerator
{
    public const string Marker = "storebench.marker";

    public static void Run(BenchArguments arguments)
    {
        var location = PrepareFreshLocation(arguments.Database);
        var random = new Random(arguments.Seed);
        using var store = HydraStore.Open(location, new StoreOptions(CacheMegabytes: arguments.CacheMegabytes));
        Console.WriteLine($"generate: {Stats.Number(arguments.Files)} files, {Stats.Number(arguments.Mappings)} mappings, {Stats.Number(arguments.Tags)} tags → {location.DatabasePath} (page cache {arguments.CacheMegabytes} MB, ingest batches of {Stats.Number(arguments.BatchSize)})");

        var watch = Stopwatch.StartNew();
        var fileServices = new[] { ServiceCatalog.AllLocalFiles, ServiceCatalog.AllMyFiles, ServiceCatalog.MyFiles }
            .Select(name => store.Services.Single(service => service.Name == name).Id).ToList();
        var hashes = SyntheticFileRows.Insert(location, fileServices, arguments.Files, random);
        Console.WriteLine($"  file rows: {Stats.Number(arguments.Files)} in {watch.Elapsed.TotalSeconds:0.0} s (setup, not measured)");

        var vocabulary = new TagVocabulary(arguments.Tags);
        var perFile = (int)Math.Max(1, arguments.Mappings / arguments.Files);
        var draws = DrawTags(vocabulary, arguments.Files, perFile, random);
        Checkpoint(location);
        var sizeBefore = SizeOnDisk(location);
        watch.Restart();
        var cpuBefore = Process.GetCurrentProcess().TotalProcessorTime;
        using var ingest = store.BeginMappingIngest(ServiceCatalog.DownloaderTags, arguments.BatchSize);
        for (var file = 0; file < hashes.Length; file++)
        {
            for (var slot = 0; slot < perFile; slot++)
            {
                ingest.Add(hashes[file], vocabulary.Tags[draws[(long)file * perFile + slot]]);
            }
        }

        ingest.Complete();
        var elapsed = watch.Elapsed;
        var cpu = Process.GetCurrentProcess().TotalProcessorTime - cpuBefore;
        Console.WriteLine($"  mapping ingest: {Stats.Number(ingest.Added)} mappings in {elapsed.TotalSeconds:0.0} s = {Stats.Rate(ingest.Added, elapsed)} mappings/s wall, {Stats.Rate(ingest.Added, cpu)} per CPU-second (target 1,000,000/s)");
        Console.WriteLine($"  {LoadAverage.Describe()}");
        Console.WriteLine($"  database size: {new FileInfo(location.DatabasePath).Length / (1024.0 * 1024):0} MB (+ WAL {WalSize(location) / (1024.0 * 1024):0} MB)");
        Checkpoint(location);
        var mappingBytes = (double)(SizeOnDisk(location) - sizeBefore) / Math.Max(ingest.Added, 1);
        var rate = ingest.Added / Math.Max(elapsed.TotalSeconds, 1e-9);
        Console.WriteLine($"  size on disk for the mappings: {mappingBytes:0.0} bytes per mapping (tags, both mapping tables, counts; after a WAL checkpoint)");
        Console.WriteLine($"  extrapolated to the PTR's 2,500,000,000 mappings at this rate and size: {PtrMappings / rate / 3600:0.0} h, {PtrMappings * mappingBytes / (1024.0 * 1024 * 1024):0} GiB (linear; B-tree depth and cache misses grow with size, so take it as a lower bound)");
    }

    private const double PtrMappings = 2_500_000_000;

    /// <summary>Moves the WAL into the database file (from a second connection; the store's is idle), so sizes compare.</summary>
    private static void Checkpoint(StoreLocation location)
    {
        using var connection = new Microsoft.Data.Sqlite.SqliteConnection($"Data Source={location.DatabasePath};Pooling=False");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA wal_checkpoint(TRUNCATE)";
        command.ExecuteNonQuery();
    }

    private static long SizeOnDisk(StoreLocation location) => new FileInfo(location.DatabasePath).Length + WalSize(location);

    private static int[] DrawTags(TagVocabulary vocabulary, int files, int perFile, Random random)
    {
        var draws = new int[(long)files * perFile];
        var seen = new HashSet<int>();
        for (var file = 0; file < files; file++)
        {
            seen.Clear();
            for (var slot = 0; slot < perFile; slot++)
            {
                int tag;
                do
                {
                    tag = vocabulary.Draw(random);
                }
                while (!seen.Add(tag));

                draws[(long)file * perFile + slot] = tag;
            }
        }

        return draws;
    }

    private static StoreLocation PrepareFreshLocation(string databasePath)
    {
        var location = new StoreLocation(databasePath);
        var marker = Path.Combine(location.RootFolder, Marker);
        if (File.Exists(location.DatabasePath) && !File.Exists(marker))
        {
            throw new ArgumentException($"{location.DatabasePath} exists and was not made by storebench; give --db a new path");
        }

        Directory.CreateDirectory(location.RootFolder);
        foreach (var suffix in new[] { "", "-wal", "-shm" })
        {
            File.Delete(location.DatabasePath + suffix);
        }

        if (Directory.Exists(location.FilesFolder))
        {
            Directory.Delete(location.FilesFolder, recursive: true);
        }

        File.WriteAllText(marker, "made by tools/storebench; safe to delete\n");
        return location;
    }

    private static long WalSize(StoreLocation location) =>
        File.Exists(location.DatabasePath + "-wal") ? new FileInfo(location.DatabasePath + "-wal").Length : 0;
}
