using HydraEngine.Model.Text;
using HydraEngine.Storage.Files;
using HydraEngine.Storage.Services;
using HydraEngine.Storage.Tags;

namespace HydraEngine.Storage.Search;

/// <summary>
/// Orders files by their display tags in one namespace (or by their first display tag when no namespace is
/// given), human sorted so "page:2" comes before "page:10"; files without such a tag go last.
/// </summary>
internal sealed class TagSorter
{
    private readonly StoreComponents parts;
    private readonly IReadOnlyList<StoreService> tagServices;

    public TagSorter(StoreComponents parts, IReadOnlyList<StoreService> tagServices)
    {
        this.parts = parts;
        this.tagServices = tagServices;
    }

    public List<(long HashId, FileHash Hash)> Sort(List<(long HashId, FileHash Hash)> rows, SearchSort sort)
    {
        var keys = rows.ToDictionary(row => row.HashId, row => KeyOf(row.HashId, sort.Namespace));
        var withKey = rows.Where(row => keys[row.HashId] is not null);
        var ordered = sort.Descending
            ? withKey.OrderByDescending(row => keys[row.HashId]!, HumanSort.Comparer)
            : withKey.OrderBy(row => keys[row.HashId]!, HumanSort.Comparer);
        return [.. ordered.ThenBy(row => row.Hash), .. rows.Where(row => keys[row.HashId] is null).OrderBy(row => row.Hash)];
    }

    private string? KeyOf(long hashId, string? ns)
    {
        var tags = parts.Reports.TagsOf(hashId)
            .Where(service => tagServices.Any(tagService => tagService.Name == service.Service))
            .SelectMany(service => service.DisplayTags)
            .Where(tag => ns is null || TagText.Split(tag).Namespace == ns)
            .Select(tag => ns is null ? tag : TagText.Split(tag).Subtag);
        return tags.Order(HumanSort.Comparer).FirstOrDefault();
    }
}
