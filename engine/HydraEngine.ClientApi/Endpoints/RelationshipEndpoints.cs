using System.Text.Json.Nodes;
using HydraEngine.ClientApi.Access;
using HydraEngine.ClientApi.Http;
using HydraEngine.ClientApi.Relationships;
using HydraEngine.ClientApi.Services;
using HydraEngine.Storage;
using HydraEngine.Storage.Duplicates;
using HydraEngine.Storage.Files;
using HydraEngine.Storage.Services;

namespace HydraEngine.ClientApi.Endpoints;

/// <summary>
/// <c>/manage_file_relationships/get_file_relationships</c>: per file, <c>{is_king, king, king_is_on_file_domain,
/// king_is_local, "0": potentials, "1": false positives, "3": alternates, "8": duplicates}</c> (hydrus's duplicate
/// type numbers as keys). A file the store has never seen is its own King with no relationships. As in hydrus, the
/// two <c>king_is_…</c> flags test the file asked about: in the file domain (<c>file_service_key</c>, default all my
/// files) and in "all local files".
/// </summary>
internal sealed class GetFileRelationshipsEndpoint : IApiEndpoint
{
    public string Path => "/manage_file_relationships/get_file_relationships";

    public string Method => "GET";

    public AccessRule Access { get; } = AccessRule.Needs(ClientApiPermission.ManageFileRelationships);

    public Task HandleAsync(ApiRequest request)
    {
        var body = request.Api.Store.Use(store =>
        {
            var domain = ServiceArguments.FileDomain(request.Args, store, ServiceCatalog.AllMyFiles);
            var result = new JsonObject();
            foreach (var hash in FileIdentifiers.Hashes(request.Args, store))
            {
                result[hash.ToHex()] = Describe(store, hash, domain);
            }

            return result;
        });
        return ApiResponses.WriteAsync(request, new JsonObject { ["file_relationships"] = body });
    }

    private static JsonObject Describe(HydraStore store, FileHash hash, string domain)
    {
        var report = store.GetFile(hash);
        var info = report is null ? new DuplicateFileInfo(hash, hash, [], [], [], []) : store.DuplicateInfo(hash);
        var current = report?.Current.Select(entry => entry.Service).ToHashSet() ?? [];
        string[] Hex(IEnumerable<FileHash> hashes) => [.. hashes.Select(each => each.ToHex())];
        return new JsonObject
        {
            ["is_king"] = info.King == hash,
            ["king"] = info.King.ToHex(),
            ["king_is_on_file_domain"] = current.Contains(domain),
            ["king_is_local"] = current.Contains(ServiceCatalog.AllLocalFiles),
            ["0"] = JsonLists.Of(Hex(info.Potentials)),
            ["1"] = JsonLists.Of(Hex(info.FalsePositives)),
            ["3"] = JsonLists.Of(Hex(info.Alternates)),
            ["8"] = JsonLists.Of(Hex(info.Duplicates)),
        };
    }
}

/// <summary>
/// <c>/manage_file_relationships/set_file_relationships {relationships: [{relationship, hash_a, hash_b,
/// do_default_content_merge, delete_a?, delete_b?}]}</c>: hydrus's relationship numbers (0 potential, 1 false
/// positive, 2 same quality, 3 alternates, 4 A better, 7 A worse), every row checked before any is applied; the
/// default merge is hydrus's (see <see cref="DuplicateMergeOptions.DefaultFor"/>); deletes go to the trash.
/// </summary>
internal sealed class SetFileRelationshipsEndpoint : IApiEndpoint
{
    public string Path => "/manage_file_relationships/set_file_relationships";

    public string Method => "POST";

    public AccessRule Access { get; } = AccessRule.Needs(ClientApiPermission.ManageFileRelationships);

    public Task HandleAsync(ApiRequest request)
    {
        var rows = RelationshipRow.ParseAll(request.Args);
        request.Api.Store.Use(store =>
        {
            foreach (var hash in rows.SelectMany(row => new[] { row.A, row.B }).Where(hash => store.GetFile(hash) is null))
            {
                throw ApiException.NotFound($"Could not find the file {hash.ToHex()} in this client!");
            }

            foreach (var row in rows)
            {
                row.Apply(store);
            }
        });
        return ApiResponses.Empty(request);
    }
}

/// <summary><c>/manage_file_relationships/set_kings {hash(es)|file_id(s)}</c>: each file becomes the King of its duplicate group.</summary>
internal sealed class SetKingsEndpoint : IApiEndpoint
{
    public string Path => "/manage_file_relationships/set_kings";

    public string Method => "POST";

    public AccessRule Access { get; } = AccessRule.Needs(ClientApiPermission.ManageFileRelationships);

    public Task HandleAsync(ApiRequest request)
    {
        request.Api.Store.Use(store =>
        {
            var hashes = FileIdentifiers.Hashes(request.Args, store);
            foreach (var hash in hashes)
            {
                if (store.GetFile(hash) is null)
                {
                    throw ApiException.NotFound($"Could not find the file {hash.ToHex()} in this client!");
                }

                store.SetDuplicateKing(hash);
            }
        });
        return ApiResponses.Empty(request);
    }
}

/// <summary><c>/manage_file_relationships/remove_potentials {hash(es)|file_id(s)}</c>: forgets every potential pair of those files' groups.</summary>
internal sealed class RemovePotentialsEndpoint : IApiEndpoint
{
    public string Path => "/manage_file_relationships/remove_potentials";

    public string Method => "POST";

    public AccessRule Access { get; } = AccessRule.Needs(ClientApiPermission.ManageFileRelationships);

    public Task HandleAsync(ApiRequest request)
    {
        request.Api.Store.Use(store => store.RemovePotentials(FileIdentifiers.Hashes(request.Args, store)));
        return ApiResponses.Empty(request);
    }
}
