using System.Diagnostics;
using HydraEngine.Database;
using HydraEngine.Imaging.Perceptual;
using HydraEngine.Storage;
using HydraEngine.Storage.Database;
using HydraEngine.Storage.Files;

namespace HydraEngine.DupeBench;

/// <summary>
/// A full scan of a store of N files into potential pairs: the files' rows and hashes are written straight into a
/// fresh store (the hashing of N images is not what is measured here), then the similar-files maintenance job
/// searches every file at the distance and records the pairs between duplicate groups.
/// </summary>
internal static class StoreScanBench
{
    public static void Run(int files, int distance, TextWriter output)
    {
        var folder = Directory.CreateTempSubdirectory("hydra-dupebench-").FullName;
        try
        {
            using var store = HydraStore.Open(new StoreLocation(Path.Combine(folder, "hydra.db")), new StoreOptions(SynchronousMode.Off));
            var clock = Stopwatch.StartNew();
            Populate(store, ClusteredHashes.Generate(files, seed: 100_000));
            output.WriteLine($"store of {files:N0} files with hashes written in {clock.Elapsed.TotalSeconds:F1} s");
            clock.Restart();
            var cpuBefore = Process.GetCurrentProcess().TotalProcessorTime;
            var report = store.ScanForDuplicates(distance);
            var cpu = (Process.GetCurrentProcess().TotalProcessorTime - cpuBefore).TotalSeconds;
            output.WriteLine($"  full scan at distance {distance}: {report.FilesSearched:N0} files searched, {report.PotentialPairs:N0} potential pairs in {clock.Elapsed.TotalSeconds:F2} s wall, {cpu:F2} s CPU");
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    private static void Populate(HydraStore store, ulong[] hashes)
    {
        var database = store.Parts.Database;
        using var transaction = database.BeginWrite();
        for (var index = 0; index < hashes.Length; index++)
        {
            var hash = FileHash.Of(BitConverter.GetBytes((long)index));
            var hashId = store.Parts.HashIds.GetOrCreate(hash);
            store.Parts.FilesInfo.Write(hashId, new FileMetadata(hash, 1000 + index, FileMime.ImageJpeg, new MediaInfo(640, 480)));
            database.Execute("INSERT INTO current_files (service_id, hash_id, timestamp_ms) VALUES (2, @hashId, 0)", new { hashId });
            var pixelHash = System.Security.Cryptography.SHA256.HashData(BitConverter.GetBytes(index));
            store.Parts.SimilarFiles.Write(hashId, new ImageHashes(640, 480, pixelHash, hashes[index]));
        }

        transaction.Complete();
    }
}
