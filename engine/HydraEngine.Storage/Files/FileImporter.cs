using HydraEngine.Storage.Database;
using HydraEngine.Storage.Metadata;
using HydraEngine.Storage.Services;

namespace HydraEngine.Storage.Files;

/// <summary>
/// The crash-safe import: copy to a temp file in the store's folder while hashing, fsync, rename into the
/// hash-named tree, fsync the folder, then record everything in one transaction. A crash leaves either no
/// trace (at most an unreferenced file) or a complete import; never a row without its file.
/// </summary>
internal sealed class FileImporter
{
    private readonly StoreDatabase database;
    private readonly FileLayout layout;
    private readonly HashIds hashIds;
    private readonly FilesInfo filesInfo;
    private readonly FileLocations locations;
    private readonly FileTimestamps timestamps;
    private readonly FileAnnotationWriter annotationWriter;
    private readonly TimeProvider clock;

    public FileImporter(StoreDatabase database, FileLayout layout, HashIds hashIds, FilesInfo filesInfo, FileLocations locations, FileTimestamps timestamps, FileAnnotationWriter annotationWriter, TimeProvider clock)
    {
        this.database = database;
        this.layout = layout;
        this.hashIds = hashIds;
        this.filesInfo = filesInfo;
        this.locations = locations;
        this.timestamps = timestamps;
        this.annotationWriter = annotationWriter;
        this.clock = clock;
    }

    public ImportResult Import(string sourcePath, StoreService domain, FileAnnotations annotations, bool allowPreviouslyDeleted)
    {
        var staged = FileStager.Stage(sourcePath, layout.NewTempPath());
        try
        {
            return Record(sourcePath, staged, domain, annotations, allowPreviouslyDeleted);
        }
        finally
        {
            if (File.Exists(staged.TempPath))
            {
                staged.DeleteTemp();
            }
        }
    }

    private ImportResult Record(string sourcePath, StagedFile staged, StoreService domain, FileAnnotations annotations, bool allowPreviouslyDeleted)
    {
        var knownId = hashIds.Find(staged.Hash);
        var status = locations.StatusOf(knownId);
        if (status is FileStatus.InTrash or FileStatus.Deleted && !allowPreviouslyDeleted)
        {
            var known = filesInfo.Read(knownId!.Value, staged.Hash) ?? new FileMetadata(staged.Hash, staged.Size, staged.SniffedMime, MediaInfo.Unknown);
            return new ImportResult(sourcePath, ImportStatus.PreviouslyDeleted, known, status == FileStatus.InTrash ? "the file is in the trash" : "the file was deleted before");
        }

        if (status == FileStatus.Current)
        {
            return RecordAlreadyInDb(sourcePath, knownId!.Value, staged, domain, annotations);
        }

        var (mime, media) = MediaProbe.Probe(staged.TempPath, staged.SniffedMime);
        var metadata = new FileMetadata(staged.Hash, staged.Size, mime, media);
        DurableFileSystem.MoveIntoPlace(staged.TempPath, layout.PathOf(staged.Hash, mime));

        using var transaction = database.BeginWrite();
        var hashId = hashIds.GetOrCreate(staged.Hash);
        if (locations.StatusOf(hashId) == FileStatus.Current)
        {
            // Another process finished the same import while we were copying.
            transaction.Complete();
            return RecordAlreadyInDb(sourcePath, hashId, staged, domain, annotations);
        }

        var nowMs = clock.GetUtcNow().ToUnixTimeMilliseconds();
        filesInfo.Write(hashId, metadata);
        locations.RemoveCurrent(ServiceCatalog.TrashId, hashId);
        foreach (var serviceId in new[] { domain.Id, ServiceCatalog.AllMyFilesId, ServiceCatalog.AllLocalFilesId })
        {
            locations.ClearDeleted(serviceId, hashId);
            locations.AddCurrent(serviceId, hashId, nowMs);
        }

        database.Execute("INSERT OR IGNORE INTO file_inbox (hash_id) VALUES (@hashId)", new { hashId });
        timestamps.Set(hashId, TimestampType.ModifiedFile, "", staged.SourceModified);
        annotationWriter.Write(hashId, annotations);
        transaction.Complete();
        var note = status == FileStatus.NotInStore ? "imported" : "imported again after deletion";
        return new ImportResult(sourcePath, ImportStatus.Imported, metadata, note);
    }

    private ImportResult RecordAlreadyInDb(string sourcePath, long hashId, StagedFile staged, StoreService domain, FileAnnotations annotations)
    {
        using var transaction = database.BeginWrite();
        var note = "already in db";
        if (!locations.IsCurrent(domain.Id, hashId))
        {
            locations.ClearDeleted(domain.Id, hashId);
            locations.AddCurrent(domain.Id, hashId, clock.GetUtcNow().ToUnixTimeMilliseconds());
            note = $"already in db; added to '{domain.Name}'";
        }

        annotationWriter.Write(hashId, annotations);
        transaction.Complete();
        var metadata = filesInfo.Read(hashId, staged.Hash) ?? new FileMetadata(staged.Hash, staged.Size, staged.SniffedMime, MediaInfo.Unknown);
        return new ImportResult(sourcePath, ImportStatus.AlreadyInDb, metadata, note);
    }
}
