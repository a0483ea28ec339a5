using HydraEngine.Storage.Maintenance;

namespace HydraEngine.Storage;

/// <summary>Backup, integrity check and the bounded upkeep slices <c>hydra serve</c> runs while idle.</summary>
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

    /// <summary>Every table of the database (all components: store, library, downloads, network).</summary>
    public IReadOnlyList<string> Tables() => Upkeep.Tables();

    /// <summary>Runs ANALYZE on <paramref name="table"/> if its row count changed by a large amount since its statistics were gathered.</summary>
    public bool AnalyzeIfChanged(string table, double ratio = 0.25, long minimumRows = 1000) => Upkeep.AnalyzeIfChanged(table, ratio, minimumRows);

    /// <summary>Frees at most <paramref name="pages"/> free pages (incremental auto-vacuum); returns the free pages found.</summary>
    public long IncrementalVacuum(int pages) => Upkeep.IncrementalVacuum(pages);

    /// <summary>Checks up to <paramref name="count"/> stored files after <paramref name="afterHashId"/>: present, right size, optionally right hash.</summary>
    public FileCheckSlice CheckFiles(long afterHashId, int count, bool verifyHashes = true) => Upkeep.CheckFiles(afterHashId, count, verifyHashes);

    /// <summary>Reads media facts (size, duration, frames) for up to <paramref name="count"/> stored files that lack them.</summary>
    public MetadataSlice RegenerateMissingMetadata(long afterHashId, int count) => Upkeep.RegenerateMissingMetadata(afterHashId, count);

    private StoreUpkeep Upkeep => new(database, parts.Layout);
}
