using HydraEngine.Storage.Search;

namespace HydraEngine.Storage;

/// <summary>Searching.</summary>
public sealed partial class HydraStore
{
    /// <summary>Parses and runs a search (see <see cref="QueryParser"/> for the language).</summary>
    public SearchResults Search(string query, SearchOptions? options = null) => Search(QueryParser.Parse(query), options);

    public SearchResults Search(SearchQuery query, SearchOptions? options = null) =>
        new SearchExecutor(parts).Run(query, options ?? SearchOptions.Default);
}
