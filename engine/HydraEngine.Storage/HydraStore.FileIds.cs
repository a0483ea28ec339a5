using HydraEngine.Storage.Files;
using HydraEngine.Storage.Statistics;
using HydraEngine.Storage.Tags;

namespace HydraEngine.Storage;

/// <summary>File ids (hydrus's <c>file_id</c>: the store's hash ids), tag autocomplete and collection statistics.</summary>
public sealed partial class HydraStore
{
    /// <summary>The id of a hash, or null when the store has never seen it.</summary>
    public long? FileIdOf(FileHash hash) => parts.HashIds.Find(hash);

    /// <summary>The id of a hash, giving it one when it has none yet (hydrus's <c>create_new_file_ids</c>).</summary>
    public long GetOrCreateFileId(FileHash hash)
    {
        using var transaction = database.BeginWrite();
        var id = parts.HashIds.GetOrCreate(hash);
        transaction.Complete();
        return id;
    }

    /// <summary>The hashes of file ids; ids the store does not know are absent from the answer.</summary>
    public IReadOnlyDictionary<long, FileHash> HashesOfFileIds(IReadOnlyCollection<long> fileIds) => parts.HashIds.HashesOf(fileIds);

    /// <summary>
    /// Tags whose subtag (or whole tag, when <paramref name="search"/> has a namespace) starts with the search text
    /// (<c>*</c> matches any run), with how many files have them, most used first.
    /// A null <paramref name="tagService"/> counts over every tag service.
    /// </summary>
    public IReadOnlyList<TagCount> AutocompleteTags(string search, string? tagService = null, int limit = 100)
    {
        var serviceId = tagService is null ? (int?)null : parts.Services.TagService(tagService).Id;
        return new TagAutocomplete(database).Find(search, serviceId, limit);
    }

    /// <summary>Files whose bytes are on disk, by file id after <paramref name="afterFileId"/>, at most <paramref name="count"/> (for upkeep that walks every file).</summary>
    public IReadOnlyList<StoredFileEntry> StoredFilesAfter(long afterFileId, int count) =>
        database.Query<(long Id, byte[] Hash, long Mime)>(
            $"""
            SELECT f.hash_id, h.hash, i.mime FROM current_files f
            JOIN hashes h ON h.hash_id = f.hash_id
            JOIN files_info i ON i.hash_id = f.hash_id
            WHERE f.service_id = {HydraEngine.Storage.Services.ServiceCatalog.AllLocalFilesId} AND f.hash_id > @afterFileId
            ORDER BY f.hash_id LIMIT @count
            """,
            new { afterFileId, count })
            .Select(row =>
            {
                var hash = FileHash.FromBytes(row.Hash);
                return new StoredFileEntry(row.Id, hash, (FileMime)row.Mime, parts.Layout.PathOf(hash, (FileMime)row.Mime));
            })
            .ToList();

    /// <summary>Inbox, archive and deletion counts and sizes of "all my files" (hydrus's Mr. Bones).</summary>
    public CollectionStatistics Statistics() => new StatisticsReader(database).Read();
}
