using System.Text.Json.Nodes;
using HydraEngine.ClientApi.Access;
using HydraEngine.ClientApi.Http;

namespace HydraEngine.ClientApi.Endpoints;

/// <summary><c>/manage_database/mr_bones</c>: hydrus's collection statistics of "all my files" (<c>boned_stats</c>).</summary>
internal sealed class MrBonesEndpoint : IApiEndpoint
{
    public string Path => "/manage_database/mr_bones";

    public string Method => "GET";

    public AccessRule Access { get; } = AccessRule.Needs(ClientApiPermission.ManageDatabase);

    public Task HandleAsync(ApiRequest request)
    {
        var stats = request.Api.Store.Use(store => store.Statistics());
        var boned = new JsonObject
        {
            ["num_inbox"] = stats.NumInbox,
            ["num_archive"] = stats.NumArchive,
            ["size_inbox"] = stats.SizeInbox,
            ["size_archive"] = stats.SizeArchive,
            ["num_deleted"] = stats.NumDeleted,
            ["size_deleted"] = stats.SizeDeleted,
            ["total_viewtime"] = new JsonArray(0, 0, 0, 0),
            ["total_alternate_files"] = 0,
            ["total_duplicate_files"] = 0,
        };
        if (stats.EarliestImportTime is { } earliest)
        {
            boned["earliest_import_time"] = earliest.ToUnixTimeSeconds();
        }

        return ApiResponses.WriteAsync(request, new JsonObject { ["boned_stats"] = boned });
    }
}
