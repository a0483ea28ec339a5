using HydraEngine.Storage.Files;

namespace HydraEngine.Storage.Search;

/// <summary>The files a search found, in order.</summary>
public sealed record SearchResults(SearchQuery Query, IReadOnlyList<FileHash> Hashes)
{
    public int Count => Hashes.Count;
}
