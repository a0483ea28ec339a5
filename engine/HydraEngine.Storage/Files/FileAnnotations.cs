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
