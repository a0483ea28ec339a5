using HydraEngine.Storage.Database;
using HydraEngine.Storage.Services;
using Microsoft.Data.Sqlite;

namespace HydraEngine.Storage.Files;

/// <summary>
/// The crash-safe import, one file or a batch: copy each file to a temp file in the store's folder while
/// hashing it; make the copies durable (fsync each, or one syncfs for a batch); rename them into the
/// hash-named tree; make the renames durable; then record the whole batch in one transaction. A crash at any
/// point leaves either no trace (at most unreferenced files) or complete imports; never a row without its file.
/// </summary>
internal sealed class FileImporter
{
    private readonly StoreDatabase database;
    private readonly FileLayout layout;
    private readonly HashIds hashIds;
    private readonly FilesInfo filesInfo;
    private readonly FileLocations locations;
    private readonly ImportRecorder recorder;
    private readonly TimeProvider clock;

    public FileImporter(StoreDatabase database, FileLayout layout, HashIds hashIds, FilesInfo filesInfo, FileLocations locations, ImportRecorder recorder, TimeProvider clock)
    {
        this.database = database;
        this.layout = layout;
        this.hashIds = hashIds;
        this.filesInfo = filesInfo;
        this.locations = locations;
        this.recorder = recorder;
        this.clock = clock;
    }

    /// <summary>Imports one file; bad input throws <see cref="StoreException"/> and leaves the store unchanged.</summary>
    public ImportResult Import(string sourcePath, StoreService domain, FileAnnotations annotations, bool allowPreviouslyDeleted, Action<SqliteTransaction, ImportResult>? withinCommit = null)
    {
        var attempt = ImportBatch([sourcePath], domain, annotations, allowPreviouslyDeleted, batchSync: false, withinCommit)[0];
        return attempt.Result ?? throw new StoreException(attempt.Error!);
    }

    /// <summary>Imports a batch: one durability sync for all copies, one for all renames, one transaction.</summary>
    public IReadOnlyList<ImportAttempt> ImportBatch(IReadOnlyList<string> sources, StoreService domain, FileAnnotations annotations, bool allowPreviouslyDeleted, bool batchSync = true, Action<SqliteTransaction, ImportResult>? withinCommit = null)
    {
        var attempts = new ImportAttempt?[sources.Count];
        var staged = new List<(int Index, StagedFile File)>();
        try
        {
            for (var index = 0; index < sources.Count; index++)
            {
                try
                {
                    staged.Add((index, FileStager.Stage(sources[index], layout.NewTempPath(), flushToDisk: !batchSync)));
                }
                catch (StoreException exception)
                {
                    attempts[index] = new ImportAttempt(sources[index], null, exception.Message);
                }
            }

            var plans = Plan(sources, staged, attempts, allowPreviouslyDeleted);
            Place(plans.Where(plan => plan.Metadata is not null).ToList(), batchSync);
            using var transaction = database.BeginWrite();
            var nowMs = clock.GetUtcNow().ToUnixTimeMilliseconds();
            foreach (var plan in plans)
            {
                if (plan.PreviouslyDeleted)
                {
                    recorder.RecordOtherHashes(hashIds.Find(plan.File.Hash)!.Value, plan.File);
                    continue;
                }

                var source = sources[plan.Index];
                var result = plan.Metadata is { } metadata
                    ? recorder.RecordNew(source, plan.File, metadata, domain, annotations, nowMs, plan.Similar)
                    : recorder.RecordAlreadyInDb(source, hashIds.Find(plan.File.Hash)!.Value, plan.File, domain, annotations, nowMs);
                attempts[plan.Index] = new ImportAttempt(source, result, null);
                withinCommit?.Invoke(transaction.Transaction, result);
            }

            transaction.Complete();
        }
        finally
        {
            foreach (var (_, file) in staged)
            {
                if (File.Exists(file.TempPath))
                {
                    file.DeleteTemp();
                }
            }
        }

        return attempts.Select(attempt => attempt!).ToList();
    }

    /// <summary>Decides per staged file: previously deleted (done now), already stored, or new (probed for metadata).</summary>
    private List<ImportPlan> Plan(IReadOnlyList<string> sources, List<(int Index, StagedFile File)> staged, ImportAttempt?[] attempts, bool allowPreviouslyDeleted)
    {
        var plans = new List<ImportPlan>();
        var newInBatch = new HashSet<FileHash>();
        foreach (var (index, file) in staged)
        {
            var knownId = hashIds.Find(file.Hash);
            var status = locations.StatusOf(knownId);
            if (status is FileStatus.InTrash or FileStatus.Deleted && !allowPreviouslyDeleted && !newInBatch.Contains(file.Hash))
            {
                var known = filesInfo.Read(knownId!.Value, file.Hash) ?? new FileMetadata(file.Hash, file.Size, file.SniffedMime, MediaInfo.Unknown);
                var note = status == FileStatus.InTrash ? "the file is in the trash" : "the file was deleted before";
                attempts[index] = new ImportAttempt(sources[index], new ImportResult(sources[index], ImportStatus.PreviouslyDeleted, known, note), null);
                plans.Add(new ImportPlan(index, file, null, PreviouslyDeleted: true));
                continue;
            }

            if (status == FileStatus.Current || !newInBatch.Add(file.Hash))
            {
                plans.Add(new ImportPlan(index, file, null));
                continue;
            }

            var (mime, media) = MediaProbe.Probe(file.TempPath, file.SniffedMime);
            var similar = Duplicates.SimilarFilesHasher.IsHashable(mime, media) ? Duplicates.SimilarFilesHasher.Hash(file.TempPath) : default;
            plans.Add(new ImportPlan(index, file, new FileMetadata(file.Hash, file.Size, mime, media), Similar: similar.Hashes));
        }

        return plans;
    }

    /// <summary>Makes the copies durable, renames them into place, and makes the renames durable.</summary>
    private void Place(List<ImportPlan> newFiles, bool batchSync)
    {
        if (newFiles.Count == 0)
        {
            return;
        }

        var batched = batchSync && DurableFileSystem.TrySyncFileSystem(layout.FilesFolder);
        if (batchSync && !batched)
        {
            newFiles.ForEach(plan => DurableFileSystem.SyncFile(plan.File.TempPath));
        }

        var changedFolders = new HashSet<string>(StringComparer.Ordinal);
        foreach (var plan in newFiles)
        {
            changedFolders.UnionWith(DurableFileSystem.MoveIntoPlace(plan.File.TempPath, layout.PathOf(plan.File.Hash, plan.Metadata!.Mime)));
        }

        if (!batched || !DurableFileSystem.TrySyncFileSystem(layout.FilesFolder))
        {
            foreach (var folder in changedFolders)
            {
                DurableFileSystem.SyncDirectory(folder);
            }
        }
    }

    /// <summary>
    /// One staged file's fate: <see cref="Metadata"/> set means new (to be placed and recorded), null means already
    /// stored, or — with <see cref="PreviouslyDeleted"/> — answered already, only its other hashes to be recorded.
    /// </summary>
    /// <param name="Similar">A new still image's pixel and perceptual hashes (null when it has none).</param>
    private sealed record ImportPlan(int Index, StagedFile File, FileMetadata? Metadata, bool PreviouslyDeleted = false, Imaging.Perceptual.ImageHashes? Similar = null);
}
