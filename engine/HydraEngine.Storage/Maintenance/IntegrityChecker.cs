using System.Security.Cryptography;
using HydraEngine.Storage.Database;
using HydraEngine.Storage.Files;

namespace HydraEngine.Storage.Maintenance;

/// <summary>Checks the database (SQLite integrity check) and that every stored row has its file, and the reverse.</summary>
internal sealed class IntegrityChecker
{
    private static readonly TimeSpan OrphanAge = TimeSpan.FromHours(1);

    private readonly StoreDatabase database;
    private readonly FileLayout layout;

    public IntegrityChecker(StoreDatabase database, FileLayout layout)
    {
        this.database = database;
        this.layout = layout;
    }

    public IntegrityReport Check(IntegrityCheckOptions options, IProgress<(long Done, long Total)>? progress)
    {
        var databaseProblems = database.Query<string>("PRAGMA integrity_check").Where(line => line != "ok").ToList();
        var withoutInfo = StoredFileList.WithoutInfo(database);
        if (withoutInfo > 0)
        {
            databaseProblems.Add($"{withoutInfo} stored file rows have no files_info row");
        }

        var byTag = database.ExecuteScalar<long>("SELECT COUNT(*) FROM current_mappings");
        var byFile = database.ExecuteScalar<long>("SELECT COUNT(*) FROM current_mappings_by_hash");
        if (byTag != byFile)
        {
            databaseProblems.Add($"current_mappings has {byTag} rows but its by-file mirror has {byFile}");
        }

        var stored = StoredFileList.Read(database);
        var expected = new HashSet<string>(StringComparer.Ordinal);
        var missing = new List<FileProblem>();
        var corrupt = new List<FileProblem>();
        for (var index = 0; index < stored.Count; index++)
        {
            var file = stored[index];
            var path = layout.PathOf(file.Hash, file.Mime);
            expected.Add(path);
            var info = new FileInfo(path);
            if (!info.Exists)
            {
                missing.Add(new FileProblem(file.Hash, path, "file is missing"));
            }
            else if (info.Length != file.Size)
            {
                missing.Add(new FileProblem(file.Hash, path, $"file has {info.Length} bytes; the database says {file.Size}"));
            }
            else if (options.VerifyHashes && !HashMatches(path, file.Hash))
            {
                corrupt.Add(new FileProblem(file.Hash, path, "file bytes do not hash to its SHA-256"));
            }

            progress?.Report((index + 1, stored.Count));
        }

        var (orphans, removed) = FindOrphans(expected, options.RemoveOrphans);
        var temps = TemporaryFiles.CountLeftovers(layout.Temporary);
        var tempsRemoved = options.RemoveTempFiles ? layout.SweepTempFiles() : 0;
        return new IntegrityReport(databaseProblems, stored.Count, missing, corrupt, orphans, removed, temps, tempsRemoved);
    }

    internal static bool HashMatches(string path, FileHash hash)
    {
        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 128 * 1024, FileOptions.SequentialScan);
        return FileHash.FromBytes(SHA256.HashData(stream)) == hash;
    }

    private (List<string> Orphans, int Removed) FindOrphans(HashSet<string> expected, bool remove)
    {
        var orphans = new List<string>();
        var removed = 0;
        if (!Directory.Exists(layout.FilesFolder))
        {
            return (orphans, removed);
        }

        foreach (var prefix in Directory.EnumerateDirectories(layout.FilesFolder).Where(folder => Path.GetFileName(folder).Length == 2))
        {
            foreach (var path in Directory.EnumerateFiles(prefix, "*", SearchOption.AllDirectories))
            {
                if (expected.Contains(path))
                {
                    continue;
                }

                orphans.Add(path);
                // A file's write time is the file system's wall-clock time, so its age is measured on the wall clock too.
                if (remove && File.GetLastWriteTimeUtc(path) < TimeProvider.System.GetUtcNow().UtcDateTime - OrphanAge)
                {
                    File.Delete(path);
                    removed++;
                }
            }
        }

        return (orphans, removed);
    }
}
