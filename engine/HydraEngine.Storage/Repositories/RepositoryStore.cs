using System.Diagnostics;
using HydraEngine.Storage.Files;
using HydraEngine.Storage.Tags;

namespace HydraEngine.Storage.Repositories;

/// <summary>
/// The store's side of repository synchronisation: repository services and their settings, the update files
/// they list (kept like files), hydrus's processing order, the processing itself (each unit of work in one
/// transaction with its processed flag, so an interrupted run resumes with nothing lost or doubled), resets and
/// the uploads waiting for a commit. The network side lives in HydraEngine.Repositories.
/// </summary>
public sealed class RepositoryStore
{
    private readonly StoreComponents parts;
    private readonly RepositoryCatalog catalog;
    private readonly RepositoryUpdateLog updates;
    private readonly RepositoryUpdateFiles files;
    private readonly RepositoryIdCache idCache = new();
    private readonly RepositoryIdMaps idMaps;
    private readonly RepositoryContentWriter writer;
    private readonly RepositoryPendingLog pending;

    internal RepositoryStore(StoreComponents parts)
    {
        this.parts = parts;
        catalog = new RepositoryCatalog(parts.Database, parts.Services);
        updates = new RepositoryUpdateLog(parts.Database, parts.HashIds);
        files = new RepositoryUpdateFiles(parts.Database, parts.Layout, parts.HashIds, parts.FilesInfo, parts.Locations);
        idMaps = new RepositoryIdMaps(parts.Database, idCache);
        writer = new RepositoryContentWriter(parts.Database, idMaps, parts.Relations);
        pending = new RepositoryPendingLog(parts.Database, parts.TagIds, parts.HashIds);
    }

    /// <summary>Adds a tag repository service with its address and access key.</summary>
    public RepositoryService Add(string name, string host, int port, byte[] accessKey) => catalog.Add(name, host, port, accessKey);

    public IReadOnlyList<RepositoryService> All() => catalog.All();

    /// <summary>The store's clock, which repository work reads the time from (session expiry, service creation).</summary>
    public TimeProvider Clock => parts.Clock;

    public RepositoryService Get(string name) => catalog.Get(name);

    public void SetSession(RepositoryService repository, byte[]? sessionKey, long expires)
    {
        catalog.Set(repository.ServiceId, "session_key", sessionKey);
        catalog.Set(repository.ServiceId, "session_expires", expires);
    }

    public void SetPaused(RepositoryService repository, bool paused) => catalog.Set(repository.ServiceId, "paused", paused ? 1 : 0);

    /// <summary>Chooses which content types are processed (definitions always are).</summary>
    public void SetContentTypes(RepositoryService repository, IEnumerable<RepositoryContentType> types) => catalog.SetContentTypes(repository.ServiceId, types);

    public void SetAccount(RepositoryService repository, string account) => catalog.Set(repository.ServiceId, "account", account);

    public void SetNextUpdateDue(RepositoryService repository, long due) => catalog.Set(repository.ServiceId, "next_update_due", due);

    public void SetLastError(RepositoryService repository, string? error) => catalog.Set(repository.ServiceId, "last_error", error);

    /// <summary>Records update files from the repository's metadata; returns how many were new.</summary>
    public int RegisterUpdates(RepositoryService repository, IEnumerable<(long UpdateIndex, FileHash Hash)> listed) => updates.Register(repository.ServiceId, listed);

    public IReadOnlyList<RepositoryUpdate> Updates(RepositoryService repository) => updates.All(repository.ServiceId);

    /// <summary>Keeps a downloaded update file (checked against its hash) and queues its processing, in one transaction.</summary>
    public void StoreUpdateFile(RepositoryService repository, FileHash hash, ReadOnlySpan<byte> bytes, FileMime mime)
    {
        if (mime is not (FileMime.HydrusUpdateDefinitions or FileMime.HydrusUpdateContent))
        {
            throw new StoreException($"{mime} is not an update file type");
        }

        using var transaction = parts.Database.BeginWrite();
        var hashId = files.Store(hash, bytes, mime, catalog.UpdateDomainId, parts.NowMs);
        updates.MarkDownloaded(repository.ServiceId, hashId, mime, RepositoryCatalog.TagContentTypes);
        transaction.Complete();
    }

    public byte[] ReadUpdateFile(RepositoryUpdate update) =>
        files.Read(update.Hash, update.Mime ?? throw new StoreException($"the update file {update.Hash.ToHex()} has not been downloaded yet"));

    /// <summary>What can be processed now, in hydrus's order (see <see cref="RepositoryUpdateLog.Work"/>).</summary>
    public IReadOnlyList<RepositoryWorkItem> Work(RepositoryService repository, IReadOnlyList<RepositoryContentType> contentTypeOrder) =>
        updates.Work(repository.ServiceId, contentTypeOrder.Where(repository.ContentTypes.Contains).ToList());

    public long ApplyDefinitions(RepositoryService repository, RepositoryWorkItem item, IReadOnlyList<(long ServiceHashId, FileHash Hash)> hashes, IReadOnlyList<(long ServiceTagId, string Tag)> tags, long parseMilliseconds) =>
        Apply(repository, item, parseMilliseconds, () => idMaps.Define(repository.ServiceId, hashes, tags));

    public long ApplyMappings(RepositoryService repository, RepositoryWorkItem item, IReadOnlyList<RepositoryMappingRow> added, IReadOnlyList<RepositoryMappingRow> deleted, long parseMilliseconds) =>
        Apply(repository, item, parseMilliseconds, () => writer.ApplyMappings(repository.ServiceId, added, deleted));

    public long ApplyPairs(RepositoryService repository, RepositoryWorkItem item, IReadOnlyList<(long First, long Second)> added, IReadOnlyList<(long First, long Second)> deleted, long parseMilliseconds) =>
        Apply(repository, item, parseMilliseconds, () => writer.ApplyPairs(repository.ServiceId, item.ContentType, added, deleted));

    public RepositoryProgress Progress(RepositoryService repository)
    {
        var listed = updates.All(repository.ServiceId);
        var (total, processed) = updates.WorkCounts(repository.ServiceId);
        var current = catalog.Get(repository.Name);
        var content = parts.Database.QuerySingleOrDefault<RepositoryContentCounts>(
            """
            SELECT (SELECT COUNT(*) FROM current_mappings WHERE service_id = @ServiceId) AS Mappings,
                   (SELECT COALESCE(SUM(current_count), 0) FROM mappings_counts WHERE service_id = @ServiceId) AS CountedMappings,
                   (SELECT COUNT(*) FROM tag_siblings WHERE service_id = @ServiceId) AS Siblings,
                   (SELECT COUNT(*) FROM tag_parents WHERE service_id = @ServiceId) AS Parents
            """,
            new { repository.ServiceId })!;
        return new RepositoryProgress(listed.Count, listed.Count(update => update.Downloaded), total, processed, current.RowsProcessed, current.ProcessingMilliseconds, content);
    }

    /// <summary>
    /// Clears what was processed of the given content types (everything, id maps included, when null) and marks
    /// them unprocessed, so they are processed again from the kept update files.
    /// </summary>
    public void Reprocess(RepositoryService repository, IReadOnlyCollection<RepositoryContentType>? types = null)
    {
        using var transaction = parts.Database.BeginWrite();
        idCache.Forget(repository.ServiceId);
        writer.Clear(repository.ServiceId, types);
        updates.MarkUnprocessed(repository.ServiceId, types);
        if (types is null)
        {
            parts.Database.Execute("UPDATE repository_services SET rows_processed = 0, processing_ms = 0, last_error = NULL WHERE service_id = @ServiceId", new { repository.ServiceId });
        }

        transaction.Complete();
    }

    /// <summary>Queues tags to add to files on the repository (sent by a commit).</summary>
    public int Pend(RepositoryService repository, IEnumerable<FileHash> hashes, IEnumerable<string> tags) =>
        pending.AddMappings(repository.ServiceId, RepositoryUploadAction.Pend, hashes.Distinct().ToList(), TagText.CleanAll(tags), "");

    /// <summary>Queues a petition to remove tags from files on the repository.</summary>
    public int Petition(RepositoryService repository, IEnumerable<FileHash> hashes, IEnumerable<string> tags, string reason) =>
        pending.AddMappings(repository.ServiceId, RepositoryUploadAction.Petition, hashes.Distinct().ToList(), TagText.CleanAll(tags), reason);

    /// <summary>Queues a sibling (bad → good) or parent (child → parent) pair to add or to petition.</summary>
    public int QueuePair(RepositoryService repository, RepositoryContentType type, RepositoryUploadAction action, string first, string second, string reason)
    {
        if (type is not (RepositoryContentType.TagSiblings or RepositoryContentType.TagParents))
        {
            throw new StoreException($"{type} is not a pair type; use siblings or parents");
        }

        return pending.AddPair(repository.ServiceId, type, action, TagText.Clean(first), TagText.Clean(second), reason);
    }

    public IReadOnlyList<RepositoryPendingContent> Pending(RepositoryService repository) => pending.All(repository.ServiceId);

    /// <summary>Forgets the pending uploads (after a successful commit).</summary>
    public int ClearPending(RepositoryService repository) => pending.Clear(repository.ServiceId);

    private long Apply(RepositoryService repository, RepositoryWorkItem item, long parseMilliseconds, Func<long> work)
    {
        var clock = Stopwatch.StartNew();
        try
        {
            using var transaction = parts.Database.BeginWrite();
            var hashId = files.HashId(item.Hash) ?? throw new StoreException($"the update file {item.Hash.ToHex()} is not in the store");
            var rows = work();
            updates.MarkProcessed(repository.ServiceId, hashId, item.ContentType);
            catalog.AddProcessingCost(repository.ServiceId, rows, parseMilliseconds + clock.ElapsedMilliseconds);
            transaction.Complete();
            return rows;
        }
        catch
        {
            // the rolled-back transaction may have given ids the cache learnt
            idCache.ForgetAll();
            throw;
        }
    }
}
