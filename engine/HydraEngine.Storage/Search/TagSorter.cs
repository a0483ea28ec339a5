using HydraEngine.Model.Text;
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

    public List<long> Sort(List<long> hashIds, SearchSort sort)
    {
        var keys = hashIds.ToDictionary(id => id, id => KeyOf(id, sort.Namespace));
        var withKey = hashIds.Where(id => keys[id] is not null);
        var ordered = sort.Descending
            ? withKey.OrderByDescending(id => keys[id]!, HumanSort.Comparer)
            : withKey.OrderBy(id => keys[id]!, HumanSort.Comparer);
        return [.. ordered.ThenBy(id => id), .. hashIds.Where(id => keys[id] is null).Order()];
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
