using System.Text.Json.Nodes;
using HydraEngine.ClientApi.Services;
using HydraEngine.ClientApi.Thumbnails;
using HydraEngine.Storage;
using HydraEngine.Storage.Files;
using HydraEngine.Storage.Metadata;
using HydraEngine.Model.Text;

namespace HydraEngine.ClientApi.Metadata;

/// <summary>One file's entry of <c>/get_files/file_metadata</c>, in hydrus's field names (times in seconds).</summary>
internal sealed class FileMetadataJson(HydraStore store, FileMetadataOptions options)
{
    public JsonObject Build(FileHash hash)
    {
        if (store.FileIdOf(hash) is not { } fileId)
        {
            return Missing(hash);
        }

        if (options.OnlyIdentifiers)
        {
            return new JsonObject { ["file_id"] = fileId, ["hash"] = hash.ToHex() };
        }

        var report = store.GetFile(hash)!;
        var entry = Basic(fileId, report);
        if (options.OnlyBasicInformation)
        {
            return entry;
        }

        if (report.Metadata is { } metadata && FiletypeNames.HasThumbnail(metadata.Mime) && metadata.Media.Width > 0 && metadata.Media.Height > 0)
        {
            var (width, height) = ThumbnailSize.Of(metadata.Media.Width, metadata.Media.Height);
            entry["thumbnail_width"] = width;
            entry["thumbnail_height"] = height;
        }

        if (options.IncludeNotes)
        {
            entry["notes"] = new JsonObject([.. report.Notes.Select(note => KeyValuePair.Create(note.Key, (JsonNode?)note.Value))]);
        }

        entry["file_services"] = FileServices(report);
        var modified = report.Timestamps.Where(time => time.Type is TimestampType.ModifiedFile or TimestampType.ModifiedDomain).ToList();
        entry["time_modified"] = modified.Count == 0 ? null : Seconds(modified.Min(time => time.Time));
        entry["time_modified_details"] = new JsonObject([.. modified.Select(time => KeyValuePair.Create(time.Type == TimestampType.ModifiedFile ? "local" : time.Location, (JsonNode?)Seconds(time.Time)))]);
        entry["is_inbox"] = report.Inbox;
        if (!report.Inbox && report.Timestamps.FirstOrDefault(time => time.Type == TimestampType.Archived) is { } archived)
        {
            entry["time_archived"] = Seconds(archived.Time);
        }

        entry["is_local"] = report.Status is FileStatus.Current or FileStatus.InTrash;
        entry["is_trashed"] = report.Status == FileStatus.InTrash;
        entry["is_deleted"] = report.Status is FileStatus.InTrash or FileStatus.Deleted;
        foreach (var flag in new[] { "has_transparency", "has_exif", "has_xmp", "has_iptc", "has_human_readable_embedded_metadata", "has_software_source", "has_icc_profile" })
        {
            entry[flag] = false;
        }

        entry["known_urls"] = new JsonArray([.. report.Urls.Order(StringComparer.Ordinal).Select(url => JsonValue.Create(url))]);
        entry["ipfs_multihashes"] = new JsonObject();
        if (options.DetailedUrls is { } describe)
        {
            entry["detailed_known_urls"] = new JsonArray([.. report.Urls.Order(StringComparer.Ordinal).Select(describe).OfType<JsonObject>()]);
        }

        entry["ratings"] = Ratings(hash);
        entry["tags"] = Tags(report.Tags);
        entry["file_viewing_statistics"] = new JsonArray();
        return entry;
    }

    /// <summary><c>ratings</c>: every rating service by key, with this file's rating (see <see cref="RatingJson.Value"/>).</summary>
    private JsonObject Ratings(FileHash hash)
    {
        var services = store.RatingServices();
        var rated = services.Count == 0 ? [] : store.RatingsOf(hash);
        var result = new JsonObject();
        foreach (var service in services)
        {
            result[ApiServices.KeyOf(service.Name)] = RatingJson.Value(service, rated.FirstOrDefault(rating => rating.Service.Name == service.Name));
        }

        return result;
    }

    public static JsonObject Missing(FileHash hash) => new() { ["file_id"] = null, ["hash"] = hash.ToHex() };

    private JsonNode Seconds(DateTimeOffset time) =>
        options.IncludeMilliseconds ? JsonValue.Create(time.ToUnixTimeMilliseconds() / 1000.0) : JsonValue.Create(time.ToUnixTimeSeconds());

    private static JsonObject Basic(long fileId, FileReport report)
    {
        var metadata = report.Metadata;
        return new JsonObject
        {
            ["file_id"] = fileId,
            ["hash"] = report.Hash.ToHex(),
            ["size"] = metadata?.Size,
            ["mime"] = metadata?.MimeString,
            ["filetype_human"] = metadata is null ? null : FiletypeNames.Human(metadata.Mime),
            ["filetype_enum"] = metadata is null ? null : (int)metadata.Mime,
            ["ext"] = metadata is null ? null : "." + metadata.Extension,
            ["width"] = metadata?.Media.Width,
            ["height"] = metadata?.Media.Height,
            ["duration"] = metadata?.Media.DurationMs,
            ["num_frames"] = metadata?.Media.NumFrames,
            ["num_words"] = null,
            ["has_audio"] = false,
            ["blurhash"] = null,
            ["pixel_hash"] = null,
            ["filetype_forced"] = false,
        };
    }

    private JsonObject FileServices(FileReport report)
    {
        var services = store.Services;
        var current = new JsonObject();
        foreach (var entry in report.Current)
        {
            var service = services.First(candidate => candidate.Name == entry.Service);
            var item = ApiServices.Entry(service);
            item.Remove("service_key");
            item["time_imported"] = Seconds(entry.Time);
            current[ApiServices.KeyOf(service.Name)] = item;
        }

        var deleted = new JsonObject();
        foreach (var entry in report.Deleted)
        {
            var service = services.First(candidate => candidate.Name == entry.Service);
            var item = ApiServices.Entry(service);
            item.Remove("service_key");
            item["time_deleted"] = Seconds(entry.Time);
            item["time_imported"] = entry.OriginalTime is { } original ? Seconds(original) : null;
            deleted[ApiServices.KeyOf(service.Name)] = item;
        }

        return new JsonObject { ["current"] = current, ["deleted"] = deleted };
    }

    /// <summary>Every tag service, with status "0" (current) tags as stored and as displayed; empty statuses are left out.</summary>
    private JsonObject Tags(IReadOnlyList<ServiceTags> fileTags)
    {
        var result = new JsonObject();
        foreach (var service in store.Services.Where(candidate => candidate.IsTagService))
        {
            var tags = fileTags.FirstOrDefault(candidate => candidate.Service == service.Name);
            var item = ApiServices.Entry(service);
            item.Remove("service_key");
            item["storage_tags"] = Statuses(tags?.StorageTags ?? []);
            item["display_tags"] = Statuses(tags?.DisplayTags ?? []);
            result[ApiServices.KeyOf(service.Name)] = item;
        }

        var all = fileTags.SelectMany(tags => tags.StorageTags).Distinct(StringComparer.Ordinal).ToList();
        var allDisplay = fileTags.SelectMany(tags => tags.DisplayTags).Distinct(StringComparer.Ordinal).ToList();
        var combined = ApiServices.Entry(ApiServices.AllKnownTags, 10, "virtual combined tag domain");
        combined.Remove("service_key");
        combined["storage_tags"] = Statuses([.. all.Order(HumanSort.Comparer)]);
        combined["display_tags"] = Statuses([.. allDisplay.Order(HumanSort.Comparer)]);
        result[ApiServices.KeyOf(ApiServices.AllKnownTags)] = combined;
        return result;
    }

    private static JsonObject Statuses(IReadOnlyList<string> current) =>
        current.Count == 0 ? [] : new JsonObject { ["0"] = new JsonArray([.. current.Select(tag => JsonValue.Create(tag))]) };
}

/// <summary>What <c>file_metadata</c> was asked to include.</summary>
internal sealed record FileMetadataOptions(bool OnlyIdentifiers, bool OnlyBasicInformation, bool IncludeNotes, bool IncludeMilliseconds, Func<string, JsonObject?>? DetailedUrls);
