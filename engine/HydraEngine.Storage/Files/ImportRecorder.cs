using HydraEngine.Storage.Database;
using HydraEngine.Storage.Metadata;
using HydraEngine.Storage.Services;

namespace HydraEngine.Storage.Files;

/// <summary>The database half of an import: records a placed file, or annotates one already stored. Runs inside a write transaction.</summary>
internal sealed class ImportRecorder
{
    private readonly StoreDatabase database;
    private readonly HashIds hashIds;
    private readonly FilesInfo filesInfo;
    private readonly FileLocations locations;
    private readonly FileTimestamps timestamps;
    private readonly FileAnnotationWriter annotationWriter;
    private readonly LocalHashTable localHashes;

    private readonly Duplicates.SimilarFilesRecords similarFiles;

    public ImportRecorder(StoreDatabase database, HashIds hashIds, FilesInfo filesInfo, FileLocations locations, FileTimestamps timestamps, FileAnnotationWriter annotationWriter, LocalHashTable localHashes, Duplicates.SimilarFilesRecords similarFiles)
    {
        this.similarFiles = similarFiles;
        this.database = database;
        this.hashIds = hashIds;
        this.filesInfo = filesInfo;
        this.locations = locations;
        this.timestamps = timestamps;
        this.annotationWriter = annotationWriter;
        this.localHashes = localHashes;
    }

    /// <summary>Records a file whose bytes are in place; "already in db" when another process got there first.</summary>
    public ImportResult RecordNew(string sourcePath, StagedFile staged, FileMetadata metadata, StoreService domain, FileAnnotations annotations, long nowMs, Imaging.Perceptual.ImageHashes? similar = null)
    {
        var hashId = hashIds.GetOrCreate(staged.Hash);
        var before = locations.StatusOf(hashId);
        if (before == FileStatus.Current)
        {
            return RecordAlreadyInDb(sourcePath, hashId, staged, domain, annotations, nowMs);
        }

        filesInfo.Write(hashId, metadata);
        localHashes.Fill(hashId, staged.OtherHashes);
        if (similar is not null)
        {
            similarFiles.Write(hashId, similar);
        }

        locations.RemoveCurrent(ServiceCatalog.TrashId, hashId);
        foreach (var serviceId in new[] { domain.Id, ServiceCatalog.AllMyFilesId, ServiceCatalog.AllLocalFilesId })
        {
            locations.ClearDeleted(serviceId, hashId);
            locations.AddCurrent(serviceId, hashId, nowMs);
        }

        database.Execute("INSERT OR IGNORE INTO file_inbox (hash_id) VALUES (@hashId)", new { hashId });
        timestamps.Set(hashId, TimestampType.ModifiedFile, "", staged.SourceModified);
        annotationWriter.Write(hashId, annotations);
        var note = before == FileStatus.NotInStore ? "imported" : "imported again after deletion";
        return new ImportResult(sourcePath, ImportStatus.Imported, metadata, note);
    }

    /// <summary>Adds the annotations to a stored file (and the domain, if it is not there yet); fills its other hashes if missing.</summary>
    public ImportResult RecordAlreadyInDb(string sourcePath, long hashId, StagedFile staged, StoreService domain, FileAnnotations annotations, long nowMs)
    {
        localHashes.Fill(hashId, staged.OtherHashes);
        var note = "already in db";
        if (!locations.IsCurrent(domain.Id, hashId))
        {
            locations.ClearDeleted(domain.Id, hashId);
            locations.AddCurrent(domain.Id, hashId, nowMs);
            note = $"already in db; added to '{domain.Name}'";
        }

        annotationWriter.Write(hashId, annotations);
        var metadata = filesInfo.Read(hashId, staged.Hash) ?? new FileMetadata(staged.Hash, staged.Size, staged.SniffedMime, MediaInfo.Unknown);
        return new ImportResult(sourcePath, ImportStatus.AlreadyInDb, metadata, note);
    }

    /// <summary>For a file answered "previously deleted": records only its other hashes, if missing, so lookups by them answer too.</summary>
    public void RecordOtherHashes(long hashId, StagedFile staged) => localHashes.Fill(hashId, staged.OtherHashes);
}
