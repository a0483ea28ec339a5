using HydraEngine.ClientApi.Access;
using HydraEngine.ClientApi.Http;
using HydraEngine.ClientApi.Services;

namespace HydraEngine.ClientApi.Endpoints;

/// <summary>
/// <c>/edit_ratings/set_rating {rating_service_key, hash(es)|file_id(s), rating}</c>: sets a like/dislike (true,
/// false, null to clear), numerical (1 to the service's stars, null to clear) or inc/dec (a whole number) rating on
/// every file, with hydrus's checks: a key of another kind of service is 400 "not a rating service", an unknown
/// key 404, a rating of the wrong kind 400.
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
            var hashes = FileIdentifiers.Hashes(args, store);
            if (!args.Has("rating") && !args.HasNull("rating"))
            {
                throw ApiException.BadRequest("Sorry, you need to give a rating to set it to!");
            }

            var service = store.RatingServices().FirstOrDefault(rating => rating.Name == name);
            if (service is null)
            {
                throw store.Services.Any(other => other.Name == name)
                    ? ApiException.BadParameter("rating_service_key", $"names '{name}': That service is not a rating service!")
                    : ApiException.NotFound($"Could not find the rating service \"{key}\"!");
            }

            var value = RatingJson.Stored(service, args.Json("rating"));
            var unknown = hashes.FirstOrDefault(hash => store.GetFile(hash) is null);
            if (unknown != default)
            {
                throw ApiException.NotFound($"Could not find the file {unknown.ToHex()} in this client!");
            }

            store.SetRating(hashes, name, value);
        });
        return ApiResponses.Empty(request);
    }
}
