using HydraEngine.Storage.Database;
using HydraEngine.Storage.Files;
using Microsoft.Data.Sqlite;

namespace HydraEngine.Storage.Maintenance;

/// <summary>
/// Online backup: SQLite's backup API copies a consistent snapshot of the database while others keep
/// working; then every file that snapshot refers to is copied (incrementally: files are immutable and named
/// by hash, so one already there with the right size is kept) and files it does not refer to are removed.
/// </summary>
internal sealed class StoreBackup
{
    private readonly StoreDatabase database;
    private readonly StoreLocation source;

    public StoreBackup(StoreDatabase database, StoreLocation source)
    {
        this.database = database;
        this.source = source;
    }

    public BackupReport Run(string destinationFolder, IProgress<(long Done, long Total)>? progress)
    {
        var target = new StoreLocation(Path.Combine(Path.GetFullPath(destinationFolder), Path.GetFileName(source.DatabasePath)));
        if (string.Equals(target.RootFolder, source.RootFolder, StringComparison.Ordinal))
        {
            throw new StoreException("the backup folder is the store's own folder; choose another one");
        }

        Directory.CreateDirectory(target.FilesFolder);
        using (var backup = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = target.DatabasePath, Pooling = false }.ToString()))
        {
            backup.Open();
            database.Connection.BackupDatabase(backup);
        }

        List<StoredFile> files;
        using (var snapshot = StoreDatabase.Open(target.DatabasePath, StoreOptions.Default))
        {
            files = StoredFileList.Read(snapshot);
        }

        var sourceLayout = new FileLayout(source);
        using var targetLayout = new FileLayout(target);
        long copied = 0;
        long present = 0;
        var missing = new List<FileHash>();
        var wanted = new HashSet<string>(StringComparer.Ordinal);
        for (var index = 0; index < files.Count; index++)
        {
            var file = files[index];
            var to = targetLayout.PathOf(file.Hash, file.Mime);
            wanted.Add(to);
            var existing = new FileInfo(to);
            if (existing.Exists && existing.Length == file.Size)
            {
                present++;
            }
            else if (CopyDurably(sourceLayout.PathOf(file.Hash, file.Mime), to, targetLayout))
            {
                copied++;
            }
            else
            {
                missing.Add(file.Hash);
            }

            progress?.Report((index + 1, files.Count));
        }

        var removed = RemoveStale(targetLayout, wanted);
        return new BackupReport(target.DatabasePath, copied, present, removed, missing);
    }

    private static bool CopyDurably(string from, string to, FileLayout targetLayout)
    {
        if (!File.Exists(from))
        {
            return false;
        }

        var temp = targetLayout.NewTempPath();
        using (var input = new FileStream(from, FileMode.Open, FileAccess.Read, FileShare.Read, 128 * 1024, FileOptions.SequentialScan))
        using (var output = new FileStream(temp, FileMode.CreateNew, FileAccess.Write, FileShare.None, 128 * 1024))
        {
            input.CopyTo(output);
            output.Flush(flushToDisk: true);
        }

        DurableFileSystem.MoveIntoPlaceDurably(temp, to);
        return true;
    }

    private static long RemoveStale(FileLayout layout, HashSet<string> wanted)
    {
        long removed = 0;
        foreach (var prefix in Directory.EnumerateDirectories(layout.FilesFolder).Where(folder => Path.GetFileName(folder).Length == 2))
        {
            foreach (var path in Directory.EnumerateFiles(prefix, "*", SearchOption.AllDirectories).Where(path => !wanted.Contains(path)))
            {
                File.Delete(path);
                removed++;
            }
        }

        return removed;
    }
}
