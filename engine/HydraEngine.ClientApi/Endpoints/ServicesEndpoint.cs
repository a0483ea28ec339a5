using System.Text.Json.Nodes;
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
        var (services, ratings) = request.Api.Store.Use(store => (store.Services, store.RatingServices()));
        var body = ApiServices.LegacyLists(services);
        body["services"] = ApiServices.ServicesObject(services, ratings);
        body["services_v2"] = ApiServices.ServicesList(services, ratings);
        return ApiResponses.WriteAsync(request, body);
    }
}

/// <summary>
/// <c>/get_service</c>: one service by <c>service_key</c> or <c>service_name</c>, <c>{"service": {name, type,
/// type_pretty, service_key}}</c>; 404 for an unknown one, 400 when neither is given.
/// </summary>
internal sealed class GetServiceEndpoint : IApiEndpoint
{
    public string Path => "/get_service";

    public string Method => "GET";

    public AccessRule Access { get; } = new GetServicesEndpoint().Access;

    public Task HandleAsync(ApiRequest request)
    {
        var args = request.Args;
        var shown = request.Api.Store.Use(store => ApiServices.ServicesList(store.Services, store.RatingServices()));
        JsonNode? found;
        if (args.OptionalString("service_key") is { } key)
        {
            found = shown.FirstOrDefault(service => service!["service_key"]!.GetValue<string>() == key.ToLowerInvariant())
                ?? throw ApiException.NotFound($"Sorry, did not find a service with key \"{key}\"!");
        }
        else if (args.OptionalString("service_name") is { } name)
        {
            found = shown.FirstOrDefault(service => service!["name"]!.GetValue<string>() == name)
                ?? throw ApiException.NotFound($"Sorry, did not find a service with name \"{name}\"!");
        }
        else
        {
            throw ApiException.BadRequest("Sorry, you need to give a service_key or service_name!");
        }

        return ApiResponses.WriteAsync(request, new JsonObject { ["service"] = found.DeepClone() });
    }
}
