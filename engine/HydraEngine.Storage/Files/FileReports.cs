using HydraEngine.Storage.Database;
using HydraEngine.Storage.Metadata;
using HydraEngine.Storage.Relations;
using HydraEngine.Storage.Services;
using HydraEngine.Storage.Tags;

namespace HydraEngine.Storage.Files;

/// <summary>Assembles a <see cref="FileReport"/> from the tables.</summary>
internal sealed class FileReports
{
    private readonly StoreDatabase database;
    private readonly StoreComponents parts;

    public FileReports(StoreDatabase database, StoreComponents parts)
    {
        this.database = database;
        this.parts = parts;
    }

    public FileReport Build(long hashId, FileHash hash)
    {
        var metadata = parts.FilesInfo.Read(hashId, hash);
        var status = parts.Locations.StatusOf(hashId);
        var current = parts.Locations.Current(hashId)
            .Select(row => new FileServiceEntry(parts.Services.Get(row.ServiceId).Name, DateTimeOffset.FromUnixTimeMilliseconds(row.TimestampMs)))
            .ToList();
        var deleted = parts.Locations.Deleted(hashId)
            .Select(row => new FileDeletionEntry(
                parts.Services.Get((int)row.ServiceId).Name,
                DateTimeOffset.FromUnixTimeMilliseconds(row.TimestampMs),
                row.OriginalTimestampMs is { } original ? DateTimeOffset.FromUnixTimeMilliseconds(original) : null,
                row.Reason))
            .ToList();
        var inbox = database.ExecuteScalar<long>("SELECT COUNT(*) FROM file_inbox WHERE hash_id = @hashId", new { hashId }) > 0;
        var path = metadata is not null && status is FileStatus.Current or FileStatus.InTrash ? parts.Layout.PathOf(hash, metadata.Mime) : null;
        return new FileReport(
            hash,
            status,
            metadata,
            inbox,
            path,
            current,
            deleted,
            parts.Urls.Of(hashId),
            parts.Notes.Of(hashId),
            parts.Timestamps.Of(hashId),
            TagsOf(hashId))
        {
            LocalHashes = parts.LocalHashes.Of(hashId),
        };
    }

    public IReadOnlyList<ServiceTags> TagsOf(long hashId)
    {
        var storage = parts.Mappings.Of(hashId);
        var result = new List<ServiceTags>();
        foreach (var service in parts.Services.TagServices)
        {
            var tagIds = storage.Where(row => row.ServiceId == service.Id).Select(row => row.TagId).ToList();
            if (tagIds.Count == 0)
            {
                continue;
            }

            var rules = parts.Relations.Rules(service.Id);
            var displayIds = tagIds.SelectMany(rules.Display).Distinct().ToList();
            var texts = parts.TagIds.TextsOf(tagIds.Concat(displayIds));
            result.Add(new ServiceTags(
                service.Name,
                TagText.Sorted(tagIds.Select(id => texts[id])),
                TagText.Sorted(displayIds.Select(id => texts[id]))));
        }

        return result;
    }
}
