using HydraEngine.ClientApi.Http;
using HydraEngine.Storage;
using HydraEngine.Storage.Duplicates;
using HydraEngine.Storage.Files;

namespace HydraEngine.ClientApi.Relationships;

/// <summary>
/// hydrus's pair sorts for <c>get_potential_pairs</c> (<c>duplicate_pair_sort_type</c>: 0 size of the larger file,
/// the default; 1 similarity, closest first; 2 size of the smaller file; 3 random; descending unless
/// <c>duplicate_pair_sort_asc</c>), with the larger file of each pair first (hydrus's A/B order).
/// </summary>
internal static class PairOrder
{
    public static IReadOnlyList<(FileHash A, FileHash B)> Sort(HydraStore store, IReadOnlyList<PotentialPair> pairs, ApiArguments args)
    {
        var sortType = args.OptionalInteger("duplicate_pair_sort_type") ?? 0;
        var ascending = args.Boolean("duplicate_pair_sort_asc", false);
        var sizes = pairs.SelectMany(pair => new[] { pair.KingA, pair.KingB }).Distinct()
            .ToDictionary(hash => hash, hash => store.GetFile(hash)?.Metadata?.Size ?? 0);
        var keyed = pairs.Select(pair => (Pair: pair, Larger: Math.Max(sizes[pair.KingA], sizes[pair.KingB]), Smaller: Math.Min(sizes[pair.KingA], sizes[pair.KingB])));
        var sorted = sortType switch
        {
            0 => Direction(keyed, item => (double)item.Larger, ascending),
            1 => Direction(keyed, item => -item.Pair.Distance, ascending),
            2 => Direction(keyed, item => (double)item.Smaller, ascending),
            3 => keyed.OrderBy(_ => Random.Shared.Next()),
            _ => throw ApiException.BadParameter("duplicate_pair_sort_type", $"is {sortType}; it should be 0 (larger file size), 1 (similarity), 2 (smaller file size) or 3 (random)"),
        };
        return sorted.Select(item => sizes[item.Pair.KingA] >= sizes[item.Pair.KingB] ? (item.Pair.KingA, item.Pair.KingB) : (item.Pair.KingB, item.Pair.KingA)).ToList();
    }

    private static IEnumerable<T> Direction<T>(IEnumerable<T> items, Func<T, double> key, bool ascending) =>
        ascending ? items.OrderBy(key) : items.OrderByDescending(key);
}
