using HydraEngine.ClientApi.Access;
using HydraEngine.ClientApi.Http;
using HydraEngine.ClientApi.Services;

namespace HydraEngine.ClientApi.Endpoints;

/// <summary>
/// <c>/edit_ratings/set_rating {rating_service_key, hash(es)|file_id(s), rating}</c>: hydrus's argument checks in
/// hydrus's order. HydraEngine's store has no rating services yet (get_services lists none), so a key of another
/// service is hydrus's 400 "not a rating service" and any other key is 404; no rating is ever stored.
/// </summary>
internal sealed class SetRatingEndpoint : IApiEndpoint
{
    public string Path => "/edit_ratings/set_rating";

    public string Method => "POST";

    public AccessRule Access { get; } = AccessRule.Needs(ClientApiPermission.EditRatings);

    public Task HandleAsync(ApiRequest request)
    {
        var args = request.Args;
        var key = args.OptionalString("rating_service_key") ?? throw ApiArguments.Missing("rating_service_key");
        var name = ApiServices.NameOfKey(key, "rating_service_key");
        request.Api.Store.Use(store =>
        {
            FileIdentifiers.Hashes(args, store);
            if (!args.Has("rating") && !args.HasNull("rating"))
            {
                throw ApiException.BadRequest("Sorry, you need to give a rating to set it to!");
            }

            if (store.Services.Any(service => service.Name == name))
            {
                throw ApiException.BadParameter("rating_service_key", $"names '{name}': That service is not a rating service!");
            }
        });
        throw ApiException.NotFound($"Could not find the rating service \"{key}\": this client has no rating services.");
    }
}
