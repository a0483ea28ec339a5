using HydraEngine.ClientApi.Access;
using HydraEngine.ClientApi.Http;
using HydraEngine.ClientApi.Services;

namespace HydraEngine.ClientApi.Endpoints;

/// <summary><c>/get_services</c>: the legacy per-kind lists, <c>services</c> by key and <c>services_v2</c>.</summary>
internal sealed class GetServicesEndpoint : IApiEndpoint
{
    public string Path => "/get_services";

    public string Method => "GET";

    public AccessRule Access { get; } = AccessRule.Needs(
        ClientApiPermission.AddFiles,
        ClientApiPermission.EditRatings,
        ClientApiPermission.AddTags,
        ClientApiPermission.AddNotes,
        ClientApiPermission.ManagePages,
        ClientApiPermission.ManageFileRelationships,
        ClientApiPermission.SearchFiles);

    public Task HandleAsync(ApiRequest request)
    {
        var services = request.Api.Store.Use(store => store.Services);
        var body = ApiServices.LegacyLists(services);
        body["services"] = ApiServices.ServicesObject(services);
        body["services_v2"] = ApiServices.ServicesList(services);
        return ApiResponses.WriteAsync(request, body);
    }
}
