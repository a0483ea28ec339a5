using HydraEngine.Storage.Files;

namespace HydraEngine.Storage.Search;

/// <summary>
/// The files a search found, in order. <see cref="Count"/> is known at once; <see cref="Hashes"/> are read
/// from the store as they are first accessed (as hydrus pages media in), so read them before disposing the store.
/// </summary>
public sealed record SearchResults(SearchQuery Query, IReadOnlyList<FileHash> Hashes)
{
    public int Count => Hashes.Count;

    /// <summary>The store's ids of the found files (hydrus's file ids), in result order.</summary>
    public IReadOnlyList<long> FileIds { get; init; } = [];
}
