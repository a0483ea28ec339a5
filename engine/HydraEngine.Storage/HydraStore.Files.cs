using HydraEngine.Storage.Deletion;
using HydraEngine.Storage.Files;
using HydraEngine.Storage.Services;

namespace HydraEngine.Storage;

/// <summary>Importing, inspecting, deleting and undeleting files.</summary>
public sealed partial class HydraStore
{
    /// <summary>
    /// Imports one file from disk. Returns "imported", "already in db" (tags, URLs and notes are still added)
    /// or "previously deleted" (nothing changes unless <see cref="ImportOptions.AllowPreviouslyDeleted"/>).
    /// Throws <see cref="StoreException"/> for unreadable, empty or unsupported files and bad tags or URLs;
    /// the store is then unchanged.
    /// </summary>
    public ImportResult Import(string sourcePath, ImportOptions? options = null)
    {
        var effective = options ?? ImportOptions.Default;
        var domain = parts.Services.LocalFileDomain(effective.FileDomain);
        var annotations = FileAnnotations.Prepare(effective, parts.Services);
        return parts.Importer.Import(sourcePath, domain, annotations, effective.AllowPreviouslyDeleted, effective.WithinCommit);
    }

    /// <summary>
    /// Imports many files, <paramref name="batchSize"/> at a time: each batch's copies and renames are made durable
    /// with one file-system sync each and the batch is recorded in one transaction, so small files import far
    /// faster than one by one with the same crash safety. Results are yielded as each batch commits; a file
    /// that cannot be imported gets an <see cref="ImportAttempt.Error"/> and the rest carry on. Options are
    /// checked before anything is imported.
    /// </summary>
    public IEnumerable<ImportAttempt> ImportMany(IEnumerable<string> sourcePaths, ImportOptions? options = null, int batchSize = 64)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(batchSize, 1);
        var effective = options ?? ImportOptions.Default;
        var domain = parts.Services.LocalFileDomain(effective.FileDomain);
        var annotations = FileAnnotations.Prepare(effective, parts.Services);
        return Batches(sourcePaths, batchSize).SelectMany(batch => parts.Importer.ImportBatch(batch, domain, annotations, effective.AllowPreviouslyDeleted, withinCommit: effective.WithinCommit));
    }

    private static IEnumerable<IReadOnlyList<string>> Batches(IEnumerable<string> paths, int size) => paths.Chunk(size);

    /// <summary>Everything known about a hash, or null when the store has never seen it.</summary>
    public FileReport? GetFile(FileHash hash) =>
        parts.HashIds.Find(hash) is { } hashId ? parts.Reports.Build(hashId, hash) : null;

    /// <summary>Deletes files: from a domain (or all), into the trash, and with <see cref="DeleteOptions.Permanent"/> out of it.</summary>
    public IReadOnlyList<(FileHash Hash, DeletionOutcome Outcome)> Delete(IEnumerable<FileHash> hashes, DeleteOptions? options = null)
    {
        var effective = options ?? DeleteOptions.Default;
        var domain = effective.FileDomain is null ? null : parts.Services.LocalFileDomain(effective.FileDomain);
        var results = new List<(FileHash, DeletionOutcome)>();
        var purged = new List<string>();
        using (var transaction = database.BeginWrite())
        {
            foreach (var hash in hashes.Distinct())
            {
                var hashId = parts.HashIds.Find(hash);
                var outcome = hashId is null
                    ? DeletionOutcome.NotPresent
                    : parts.Deleter.Delete(hashId.Value, domain, effective.Permanent, effective.Reason, parts.NowMs);
                if (outcome == DeletionOutcome.Purged && parts.FilesInfo.Read(hashId!.Value, hash) is { } metadata)
                {
                    purged.Add(parts.Layout.PathOf(hash, metadata.Mime));
                }

                results.Add((hash, outcome));
            }

            transaction.Complete();
        }

        // Bytes go only after the commit: a crash before this point leaves an unreferenced file, never a row without one.
        foreach (var path in purged)
        {
            try
            {
                File.Delete(path);
            }
            catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
            {
                // The record is gone; the bytes stay as an orphan that 'db check --remove-orphans' clears.
            }
        }

        return results;
    }

    /// <summary>Restores files from the trash to the domains they were deleted from; null means everything in the trash.</summary>
    public IReadOnlyList<FileHash> Undelete(IEnumerable<FileHash>? hashes = null)
    {
        using var transaction = database.BeginWrite();
        var hashIds = hashes is null
            ? database.Query<long>("SELECT hash_id FROM current_files WHERE service_id = @TrashId", new { ServiceCatalog.TrashId }).ToList()
            : hashes.Distinct().Select(parts.HashIds.Find).OfType<long>().ToList();
        var restored = hashIds.Where(hashId => parts.Deleter.Undelete(hashId, parts.NowMs)).ToList();
        transaction.Complete();
        var known = parts.HashIds.HashesOf(restored);
        return restored.Select(id => known[id]).ToList();
    }

    /// <summary>Moves files out of the inbox (recording the archived time).</summary>
    public int Archive(IEnumerable<FileHash> hashes) => SetInbox(hashes, inbox: false);

    /// <summary>Puts files back in the inbox.</summary>
    public int Inbox(IEnumerable<FileHash> hashes) => SetInbox(hashes, inbox: true);

    private int SetInbox(IEnumerable<FileHash> hashes, bool inbox)
    {
        using var transaction = database.BeginWrite();
        var changed = 0;
        foreach (var hashId in hashes.Distinct().Select(parts.HashIds.Find).OfType<long>())
        {
            if (inbox)
            {
                changed += database.Execute("INSERT OR IGNORE INTO file_inbox (hash_id) VALUES (@hashId)", new { hashId });
            }
            else if (database.Execute("DELETE FROM file_inbox WHERE hash_id = @hashId", new { hashId }) > 0)
            {
                parts.Timestamps.Set(hashId, Metadata.TimestampType.Archived, "", parts.Clock.GetUtcNow());
                changed++;
            }
        }

        transaction.Complete();
        return changed;
    }
}
