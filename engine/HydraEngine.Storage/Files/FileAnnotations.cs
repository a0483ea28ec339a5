using HydraEngine.Storage.Metadata;
using HydraEngine.Storage.Services;
using HydraEngine.Storage.Tags;

namespace HydraEngine.Storage.Files;

/// <summary>Validated, cleaned metadata to attach to a hash: tags for one service, URLs, notes, a source time.</summary>
internal sealed record FileAnnotations(
    int TagServiceId,
    IReadOnlyList<string> Tags,
    IReadOnlyList<string> Urls,
    IReadOnlyDictionary<string, string> Notes,
    DateTimeOffset? SourceTime)
{
    /// <summary>Cleans and checks everything up front, so bad input fails before the store is touched.</summary>
    public static FileAnnotations Prepare(ImportOptions options, ServiceRegistry services)
    {
        var tagService = services.TagService(options.TagService);
        var tags = TagText.CleanAll(options.Tags);
        var urls = options.Urls.Select(url => KnownUrls.Validate(url).Url).Distinct(StringComparer.Ordinal).ToList();
        var notes = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (name, text) in options.Notes)
        {
            notes[FileNotes.CleanName(name)] = text;
        }

        return new FileAnnotations(tagService.Id, tags, urls, notes, options.SourceTime);
    }
}

/// <summary>Writes <see cref="FileAnnotations"/> inside the ambient write transaction.</summary>
internal sealed class FileAnnotationWriter
{
    private readonly TagIds tagIds;
    private readonly CurrentMappings mappings;
    private readonly KnownUrls urls;
    private readonly FileNotes notes;
    private readonly FileTimestamps timestamps;

    public FileAnnotationWriter(TagIds tagIds, CurrentMappings mappings, KnownUrls urls, FileNotes notes, FileTimestamps timestamps)
    {
        this.tagIds = tagIds;
        this.mappings = mappings;
        this.urls = urls;
        this.notes = notes;
        this.timestamps = timestamps;
    }

    public void Write(long hashId, FileAnnotations annotations)
    {
        mappings.Add(annotations.TagServiceId, hashId, annotations.Tags.Select(tagIds.GetOrCreate).ToList());
        urls.Add(hashId, annotations.Urls);
        foreach (var (name, text) in annotations.Notes)
        {
            notes.Set(hashId, name, text);
        }

        if (annotations.SourceTime is { } sourceTime)
        {
            var domains = annotations.Urls.Select(url => KnownUrls.Validate(url).Domain).Distinct().DefaultIfEmpty("");
            foreach (var domain in domains)
            {
                timestamps.Set(hashId, TimestampType.ModifiedDomain, domain, sourceTime);
            }
        }
    }
}
