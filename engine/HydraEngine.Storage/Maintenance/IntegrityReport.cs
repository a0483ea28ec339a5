using HydraEngine.Storage.Files;

namespace HydraEngine.Storage.Maintenance;

/// <summary>What <c>db check</c> found.</summary>
/// <param name="DatabaseProblems">Lines from SQLite's integrity check; empty when the database is sound.</param>
/// <param name="FilesChecked">Stored files whose bytes were looked at.</param>
/// <param name="MissingFiles">Rows whose file is absent or has the wrong size (a row without its file).</param>
/// <param name="CorruptFiles">Files whose bytes no longer hash to their name (only when hashes were verified).</param>
/// <param name="OrphanFiles">Files in the tree no row refers to (left by a crash between rename and commit; harmless).</param>
/// <param name="OrphansRemoved">Orphans deleted because removal was asked for (only those older than an hour).</param>
/// <param name="TempFiles">Leftover temporary files: written by processes that are gone (interrupted imports), a problem until removed.</param>
/// <param name="TempFilesRemoved">Leftover temporary files deleted because repair was asked for.</param>
public sealed record IntegrityReport(
    IReadOnlyList<string> DatabaseProblems,
    long FilesChecked,
    IReadOnlyList<FileProblem> MissingFiles,
    IReadOnlyList<FileProblem> CorruptFiles,
    IReadOnlyList<string> OrphanFiles,
    int OrphansRemoved,
    int TempFiles,
    int TempFilesRemoved = 0)
{
    public bool IsHealthy => DatabaseProblems.Count == 0 && MissingFiles.Count == 0 && CorruptFiles.Count == 0 && TempFiles == TempFilesRemoved;
}

/// <summary>A stored file that is not as its row says.</summary>
public sealed record FileProblem(FileHash Hash, string Path, string Problem);

/// <summary>How thorough <c>db check</c> is.</summary>
/// <param name="VerifyHashes">Re-hash every file (slow: reads all bytes).</param>
/// <param name="RemoveOrphans">Delete unreferenced files older than an hour.</param>
/// <param name="RemoveTempFiles">Delete leftover temporary files (those of processes that are gone).</param>
public sealed record IntegrityCheckOptions(bool VerifyHashes = false, bool RemoveOrphans = false, bool RemoveTempFiles = false)
{
    public static IntegrityCheckOptions Default { get; } = new();
}
