using System.Text.Json.Nodes;
using HydraEngine.ClientApi.Access;
using HydraEngine.ClientApi.Http;
using HydraEngine.ClientApi.Services;
using HydraEngine.Storage.Search;
using HydraEngine.Storage.Services;

namespace HydraEngine.ClientApi.Endpoints;

/// <summary>
/// <c>/get_files/search_files</c>: <c>tags</c> is a JSON list whose items are terms (tags, <c>-negated</c>,
/// wildcards, <c>system:</c> predicates) or lists of terms (an OR). Sort types as hydrus numbers them: 0 file size,
/// 2 import time (default), 4 random; others are refused by name. <c>file_sort_asc</c> defaults to true.
/// </summary>
internal sealed class SearchFilesEndpoint : IApiEndpoint
{
    private static readonly Dictionary<long, SortKind> SortTypes = new() { [0] = SortKind.FileSize, [2] = SortKind.ImportTime, [4] = SortKind.Random };

    public string Path => "/get_files/search_files";

    public string Method => "GET";

    public AccessRule Access { get; } = AccessRule.Needs(ClientApiPermission.SearchFiles);

    public Task HandleAsync(ApiRequest request)
    {
        var groups = TagListArgument.Groups(request.Args, "tags");
        var sortType = request.Args.OptionalInteger("file_sort_type") ?? 2;
        var kind = SortTypes.TryGetValue(sortType, out var known)
            ? known
            : throw ApiException.BadParameter("file_sort_type", $"is {sortType}; this client sorts by 0 (file size), 2 (import time) or 4 (random)");
        var ascending = request.Args.Boolean("file_sort_asc", true);
        var returnHashes = request.Args.Boolean("return_hashes", false);
        var returnIds = request.Args.Boolean("return_file_ids", true);
        var (ids, hashes) = request.Api.Store.Use(store =>
        {
            if (groups.Count == 0)
            {
                return ((IReadOnlyList<long>)[], (IReadOnlyList<string>)[]);
            }

            var query = QueryParser.FromTerms(groups);
            var options = new SearchOptions(
                ServiceArguments.FileDomain(request.Args, store, ServiceCatalog.AllMyFiles),
                ServiceArguments.TagService(request.Args, store),
                query.Sort ?? new SearchSort(kind, Descending: !ascending));
            var results = store.Search(query, options);
            return (results.FileIds, returnHashes ? results.Hashes.Select(hash => hash.ToHex()).ToList() : []);
        });

        var body = new JsonObject();
        if (returnHashes)
        {
            body["hashes"] = JsonLists.Of(hashes);
        }

        if (returnIds)
        {
            body["file_ids"] = JsonLists.Of(ids);
        }

        return ApiResponses.WriteAsync(request, body);
    }
}
