using HydraEngine.Storage.Metadata;
using HydraEngine.Storage.Tags;

namespace HydraEngine.Storage.Files;

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
