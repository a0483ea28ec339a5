using System.Text.Json.Nodes;
using HydraEngine.ClientApi.Access;
using HydraEngine.ClientApi.Http;
using HydraEngine.ClientApi.Relationships;
using HydraEngine.Storage.Files;

namespace HydraEngine.ClientApi.Endpoints;

/// <summary><c>/manage_file_relationships/get_potentials_count</c>: <c>{"potential_duplicates_count"}</c> for a potentials search.</summary>
internal sealed class GetPotentialsCountEndpoint : IApiEndpoint
{
    public string Path => "/manage_file_relationships/get_potentials_count";

    public string Method => "GET";

    public AccessRule Access { get; } = AccessRule.Needs(ClientApiPermission.ManageFileRelationships);

    public Task HandleAsync(ApiRequest request)
    {
        var search = PotentialsSearch.Parse(request.Args);
        var count = request.Api.Store.Use(store => search.Pairs(store, request.Args).Count);
        return ApiResponses.WriteAsync(request, new JsonObject { ["potential_duplicates_count"] = count });
    }
}

/// <summary>
/// <c>/manage_file_relationships/get_potential_pairs</c>: up to <c>max_num_pairs</c> (default 100, hydrus's batch
/// size) pairs, sorted (see <see cref="PairOrder"/>), <c>{"potential_duplicate_pairs": [[a, b], ...]}</c>;
/// <c>group_mode=true</c> gives every pair of the first pair's group instead.
/// </summary>
internal sealed class GetPotentialPairsEndpoint : IApiEndpoint
{
    public string Path => "/manage_file_relationships/get_potential_pairs";

    public string Method => "GET";

    public AccessRule Access { get; } = AccessRule.Needs(ClientApiPermission.ManageFileRelationships);

    public Task HandleAsync(ApiRequest request)
    {
        var args = request.Args;
        var search = PotentialsSearch.Parse(args);
        var limit = args.OptionalInteger("max_num_pairs") ?? 100;
        if (limit < 1)
        {
            throw ApiException.BadParameter("max_num_pairs", $"is {limit}; it should be at least 1");
        }

        var groupMode = args.Boolean("group_mode", false);
        var pairs = request.Api.Store.Use(store => PairOrder.Sort(store, search.Pairs(store, args), args));
        var chosen = groupMode ? GroupOfFirst(pairs) : pairs.Take((int)Math.Min(limit, int.MaxValue));
        return ApiResponses.WriteAsync(request, new JsonObject
        {
            ["potential_duplicate_pairs"] = new JsonArray([.. chosen.Select(pair => (JsonNode)JsonLists.Of([pair.A.ToHex(), pair.B.ToHex()]))]),
        });
    }

    /// <summary>The pairs connected (through shared files) to the first pair.</summary>
    private static IEnumerable<(FileHash A, FileHash B)> GroupOfFirst(IReadOnlyList<(FileHash A, FileHash B)> pairs)
    {
        if (pairs.Count == 0)
        {
            return [];
        }

        var members = new HashSet<FileHash> { pairs[0].A, pairs[0].B };
        for (var grew = true; grew;)
        {
            grew = false;
            foreach (var (a, b) in pairs.Where(pair => members.Contains(pair.A) != members.Contains(pair.B)))
            {
                grew |= members.Add(a) | members.Add(b);
            }
        }

        return pairs.Where(pair => members.Contains(pair.A));
    }
}

/// <summary>
/// <c>/manage_file_relationships/get_random_potentials</c>: a random file that has potential pairs in the search,
/// with its potential partners: <c>{"random_potential_duplicate_hashes": [...]}</c> (empty when there are none).
/// </summary>
internal sealed class GetRandomPotentialsEndpoint : IApiEndpoint
{
    public string Path => "/manage_file_relationships/get_random_potentials";

    public string Method => "GET";

    public AccessRule Access { get; } = AccessRule.Needs(ClientApiPermission.ManageFileRelationships);

    public Task HandleAsync(ApiRequest request)
    {
        var search = PotentialsSearch.Parse(request.Args);
        var pairs = request.Api.Store.Use(store => search.Pairs(store, request.Args));
        var hashes = new List<string>();
        if (pairs.Count > 0)
        {
            var chosen = pairs[Random.Shared.Next(pairs.Count)].KingA;
            hashes.Add(chosen.ToHex());
            hashes.AddRange(pairs.Where(pair => pair.KingA == chosen).Select(pair => pair.KingB.ToHex()));
            hashes.AddRange(pairs.Where(pair => pair.KingB == chosen).Select(pair => pair.KingA.ToHex()));
        }

        return ApiResponses.WriteAsync(request, new JsonObject { ["random_potential_duplicate_hashes"] = JsonLists.Of(hashes.Distinct()) });
    }
}
