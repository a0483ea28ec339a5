using HydraEngine.Storage.Files;
using HydraEngine.Storage.Relations;
using HydraEngine.Storage.Repositories;
using HydraEngine.Storage.Services;
using HydraEngine.Storage.Tags;

namespace HydraEngine.Storage;

/// <summary>Tags, tag services, siblings and parents.</summary>
public sealed partial class HydraStore
{
    /// <summary>Adds cleaned tags to files in a tag service (hashes need not be imported yet); returns new mappings.</summary>
    /// <remarks>On a tag repository the tags are pending until <c>hydra repos commit</c> uploads them.</remarks>
    public int AddTags(IEnumerable<FileHash> hashes, IEnumerable<string> tags, string service = ServiceCatalog.MyTags)
    {
        if (RepositoryNamed(service) is { } repository)
        {
            return Repositories.Pend(repository, hashes, tags);
        }

        var serviceId = parts.Services.TagService(service).Id;
        var clean = TagText.CleanAll(tags);
        var hashList = hashes.Distinct().ToList();
        using var transaction = database.BeginWrite();
        var tagIds = clean.Select(parts.TagIds.GetOrCreate).ToList();
        var added = hashList.Sum(hash => parts.Mappings.Add(serviceId, parts.HashIds.GetOrCreate(hash), tagIds));
        transaction.Complete();
        return added;
    }

    /// <summary>Removes tags from files in a tag service; returns how many mappings existed.</summary>
    /// <remarks>On a tag repository this queues a petition, sent by <c>hydra repos commit</c>.</remarks>
    public int RemoveTags(IEnumerable<FileHash> hashes, IEnumerable<string> tags, string service = ServiceCatalog.MyTags)
    {
        if (RepositoryNamed(service) is { } repository)
        {
            return Repositories.Petition(repository, hashes, tags, RemovedLocally);
        }

        var serviceId = parts.Services.TagService(service).Id;
        var clean = TagText.CleanAll(tags);
        var hashList = hashes.Distinct().ToList();
        using var transaction = database.BeginWrite();
        var tagIds = clean.Select(parts.TagIds.Find).OfType<long>().ToList();
        var removed = hashList.Select(parts.HashIds.Find).OfType<long>().Sum(hashId => parts.Mappings.Remove(serviceId, hashId, tagIds));
        transaction.Complete();
        return removed;
    }

    /// <summary>A file's tags per tag service, stored and displayed.</summary>
    public IReadOnlyList<ServiceTags> TagsOf(FileHash hash) =>
        parts.HashIds.Find(hash) is { } hashId ? parts.Reports.TagsOf(hashId) : [];

    /// <summary>How a tag is displayed in a service: its ideal sibling followed by its implied parents.</summary>
    public IReadOnlyList<string> DisplayOf(string tag, string service = ServiceCatalog.MyTags)
    {
        var clean = TagText.Clean(tag);
        var serviceId = parts.Services.TagService(service).Id;
        if (parts.TagIds.Find(clean) is not { } tagId)
        {
            return [clean];
        }

        var rules = parts.Relations.Rules(serviceId);
        var ideal = rules.Ideal(tagId);
        var texts = parts.TagIds.TextsOf(rules.Display(tagId));
        return [texts[ideal], .. TagText.Sorted(texts.Where(pair => pair.Key != ideal).Select(pair => pair.Value))];
    }

    /// <summary>The tag's sibling chain, ideal, descendants and ancestors in a tag service (hydrus's siblings-and-parents lookup).</summary>
    public TagFamily FamilyOf(string tag, string service = ServiceCatalog.MyTags)
    {
        var clean = TagText.Clean(tag);
        var serviceId = parts.Services.TagService(service).Id;
        if (parts.TagIds.Find(clean) is not { } tagId)
        {
            return new TagFamily([clean], clean, [], []);
        }

        var rules = parts.Relations.Rules(serviceId);
        var siblings = rules.SiblingChain(tagId);
        var descendants = rules.Descendants(tagId);
        var ancestors = rules.Ancestors(tagId);
        var ideal = rules.Ideal(tagId);
        var texts = parts.TagIds.TextsOf(siblings.Concat(descendants).Concat(ancestors).Append(ideal).Distinct().ToList());
        IReadOnlyList<string> Of(IEnumerable<long> ids) => TagText.Sorted(ids.Select(id => texts[id]));
        return new TagFamily(Of(siblings), texts[ideal], Of(descendants), Of(ancestors));
    }

    /// <summary>Adds a sibling pair (<paramref name="bad"/> shows as <paramref name="good"/>); loops and conflicts are refused.</summary>
    public bool AddSibling(string bad, string good, string service = ServiceCatalog.MyTags) =>
        RepositoryNamed(service) is { } repository
            ? Repositories.QueuePair(repository, RepositoryContentType.TagSiblings, RepositoryUploadAction.Pend, bad, good, "") > 0
            : parts.Relations.AddSibling(parts.Services.TagService(service).Id, bad, good);

    public bool RemoveSibling(string bad, string good, string service = ServiceCatalog.MyTags) =>
        RepositoryNamed(service) is { } repository
            ? Repositories.QueuePair(repository, RepositoryContentType.TagSiblings, RepositoryUploadAction.Petition, bad, good, RemovedLocally) > 0
            : parts.Relations.RemoveSibling(parts.Services.TagService(service).Id, bad, good);

    public IReadOnlyList<TagSibling> Siblings(string service = ServiceCatalog.MyTags) =>
        parts.Relations.Siblings(parts.Services.TagService(service).Id);

    /// <summary>Adds a parent pair (<paramref name="child"/> implies <paramref name="parent"/>); loops are refused.</summary>
    public bool AddParent(string child, string parent, string service = ServiceCatalog.MyTags) =>
        RepositoryNamed(service) is { } repository
            ? Repositories.QueuePair(repository, RepositoryContentType.TagParents, RepositoryUploadAction.Pend, child, parent, "") > 0
            : parts.Relations.AddParent(parts.Services.TagService(service).Id, child, parent);

    public bool RemoveParent(string child, string parent, string service = ServiceCatalog.MyTags) =>
        RepositoryNamed(service) is { } repository
            ? Repositories.QueuePair(repository, RepositoryContentType.TagParents, RepositoryUploadAction.Petition, child, parent, RemovedLocally) > 0
            : parts.Relations.RemoveParent(parts.Services.TagService(service).Id, child, parent);

    public IReadOnlyList<TagParent> Parents(string service = ServiceCatalog.MyTags) =>
        parts.Relations.Parents(parts.Services.TagService(service).Id);

    private const string RemovedLocally = "removed locally";

    /// <summary>The repository behind a tag service name, or null for a local tag service.</summary>
    private RepositoryService? RepositoryNamed(string service) =>
        parts.Services.TagService(service).Type == ServiceType.TagRepository ? Repositories.Get(service) : null;

    /// <summary>Starts a bulk mapping ingest into a tag service (see <see cref="MappingIngest"/>).</summary>
    public MappingIngest BeginMappingIngest(string service = ServiceCatalog.DownloaderTags, int batchSize = MappingIngest.DefaultBatchSize) =>
        new(parts, parts.Services.TagService(service).Id, batchSize);
}
