using HydraEngine.Storage.Files;

namespace HydraEngine.Storage.Maintenance;

/// <summary>What <c>db backup</c> did. <see cref="Missing"/> lists files deleted from the store while the backup ran.</summary>
public sealed record BackupReport(string DatabasePath, long FilesCopied, long FilesAlreadyPresent, long StaleFilesRemoved, IReadOnlyList<FileHash> Missing);
