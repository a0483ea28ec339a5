using HydraEngine.ClientApi.Http;
using HydraEngine.ClientApi.Services;
using HydraEngine.Storage;
using HydraEngine.Storage.Duplicates;
using HydraEngine.Storage.Files;
using HydraEngine.Storage.Search;
using HydraEngine.Storage.Services;

namespace HydraEngine.ClientApi.Relationships;

/// <summary>
/// hydrus's potential duplicates search context, read from a request: <c>tags_1</c>/<c>tags_2</c> (empty = every
/// file), <c>potentials_search_type</c> (0 one file matches search 1, 1 both match search 1, 2 one matches each
/// search), <c>pixel_duplicates</c> (0 required, 1 allowed, 2 excluded), <c>max_hamming_distance</c> (default 4),
/// and the file domain (default all my files). Pairs are between the Kings of duplicate groups.
/// </summary>
internal sealed record PotentialsSearch(
    IReadOnlyList<IReadOnlyList<string>> Tags1,
    IReadOnlyList<IReadOnlyList<string>> Tags2,
    int SearchType,
    int PixelDuplicates,
    int MaxDistance)
{
    public static PotentialsSearch Parse(ApiArguments args) => new(
        TagListArgument.Groups(args, "tags_1"),
        TagListArgument.Groups(args, "tags_2"),
        OneOf(args, "potentials_search_type", 0, 2, fallback: 0),
        OneOf(args, "pixel_duplicates", 0, 2, fallback: 1),
        OneOf(args, "max_hamming_distance", 0, 64, fallback: 4));

    /// <summary>The potential pairs that match, closest first.</summary>
    public IReadOnlyList<PotentialPair> Pairs(HydraStore store, ApiArguments args)
    {
        var domain = ServiceArguments.FileDomain(args, store, ServiceCatalog.AllMyFiles);
        var inDomain = Matching(store, [], domain);
        var first = Matching(store, Tags1, domain);
        var second = SearchType == 2 ? Matching(store, Tags2, domain) : first;
        return store.PotentialPairs(MaxDistance)
            .Where(pair => inDomain.Contains(pair.KingA) && inDomain.Contains(pair.KingB))
            .Where(pair => SearchType switch
            {
                0 => first.Contains(pair.KingA) || first.Contains(pair.KingB),
                1 => first.Contains(pair.KingA) && first.Contains(pair.KingB),
                _ => (first.Contains(pair.KingA) && second.Contains(pair.KingB)) || (second.Contains(pair.KingA) && first.Contains(pair.KingB)),
            })
            .Where(pair => PixelDuplicates == 1 || store.ArePixelDuplicates(pair.KingA, pair.KingB) == (PixelDuplicates == 0))
            .ToList();
    }

    private static HashSet<FileHash> Matching(HydraStore store, IReadOnlyList<IReadOnlyList<string>> groups, string domain)
    {
        var query = groups.Count == 0 ? QueryParser.Parse("system:everything") : QueryParser.FromTerms(groups);
        return [.. store.Search(query, new SearchOptions(domain)).Hashes];
    }

    private static int OneOf(ApiArguments args, string name, int low, int high, int fallback)
    {
        var value = args.OptionalInteger(name) ?? fallback;
        return value >= low && value <= high ? (int)value : throw ApiException.BadParameter(name, $"is {value}; it should be from {low} to {high}");
    }
}
