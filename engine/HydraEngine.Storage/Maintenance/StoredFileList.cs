using HydraEngine.Storage.Database;
using HydraEngine.Storage.Files;
using HydraEngine.Storage.Services;

namespace HydraEngine.Storage.Maintenance;

/// <summary>A file the database says is on disk.</summary>
internal sealed record StoredFile(FileHash Hash, long Size, FileMime Mime);

/// <summary>Lists every file whose bytes should be on disk (current in "all local files").</summary>
internal static class StoredFileList
{
    public static List<StoredFile> Read(StoreDatabase database) =>
        database.Query<(byte[] Hash, long Size, long Mime)>(
            $"""
            SELECT h.hash, i.size, i.mime FROM current_files f
            JOIN hashes h ON h.hash_id = f.hash_id
            JOIN files_info i ON i.hash_id = f.hash_id
            WHERE f.service_id = {ServiceCatalog.AllLocalFilesId}
            """)
            .Select(row => new StoredFile(FileHash.FromBytes(row.Hash), row.Size, (FileMime)row.Mime))
            .ToList();

    /// <summary>Rows of "all local files" with no files_info row (cannot locate their bytes).</summary>
    public static long WithoutInfo(StoreDatabase database) =>
        database.ExecuteScalar<long>(
            $"SELECT COUNT(*) FROM current_files f WHERE f.service_id = {ServiceCatalog.AllLocalFilesId} AND NOT EXISTS (SELECT 1 FROM files_info i WHERE i.hash_id = f.hash_id)");
}
