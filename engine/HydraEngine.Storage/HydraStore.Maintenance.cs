using HydraEngine.Storage.Maintenance;

namespace HydraEngine.Storage;

/// <summary>Backup and integrity check.</summary>
public sealed partial class HydraStore
{
    /// <summary>
    /// Copies the store into <paramref name="destinationFolder"/> while it stays in use: the database through
    /// SQLite's online backup API, then the files the copied database refers to (incrementally).
    /// </summary>
    public BackupReport Backup(string destinationFolder, IProgress<(long Done, long Total)>? progress = null) =>
        new StoreBackup(database, Location).Run(destinationFolder, progress);

    /// <summary>Runs SQLite's integrity check and checks that every stored row has its file (and which files have no row).</summary>
    public IntegrityReport CheckIntegrity(IntegrityCheckOptions? options = null, IProgress<(long Done, long Total)>? progress = null) =>
        new IntegrityChecker(database, parts.Layout).Check(options ?? IntegrityCheckOptions.Default, progress);
}
