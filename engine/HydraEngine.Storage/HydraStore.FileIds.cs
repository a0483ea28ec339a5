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

    /// <summary>Inbox, archive and deletion counts and sizes of "all my files" (hydrus's Mr. Bones).</summary>
    public CollectionStatistics Statistics() => new StatisticsReader(database).Read();
}
