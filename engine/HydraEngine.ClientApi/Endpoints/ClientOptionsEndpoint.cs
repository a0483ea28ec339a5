using System.Text.Json.Nodes;
using HydraEngine.ClientApi.Access;
using HydraEngine.ClientApi.Http;
using HydraEngine.ClientApi.Services;

namespace HydraEngine.ClientApi.Endpoints;

/// <summary>
/// <c>/manage_database/get_client_options</c>: the options a client (hydrus-web) reads to look like hydrus: namespace
/// colours, sorts, zooms and the default file domain, in hydrus's layout (<c>old_options</c>, <c>options</c>,
/// <c>services</c>, <c>services_v2</c>). HydraEngine has no GUI options, so these are a fresh hydrus client's
/// defaults for what HydraEngine has; the option groups it has nothing for are empty.
/// </summary>
internal sealed class ClientOptionsEndpoint : IApiEndpoint
{
    public string Path => "/manage_database/get_client_options";

    public string Method => "GET";

    public AccessRule Access { get; } = AccessRule.Needs(ClientApiPermission.ManageDatabase);

    public Task HandleAsync(ApiRequest request)
    {
        var (services, ratings) = request.Api.Store.Use(store => (store.Services, store.RatingServices()));
        return ApiResponses.WriteAsync(request, new JsonObject
        {
            ["old_options"] = new JsonObject { ["namespace_colours"] = NamespaceColours() },
            ["options"] = Options(),
            ["services"] = ApiServices.ServicesObject(services, ratings),
            ["services_v2"] = ApiServices.ServicesList(services, ratings),
        });
    }

    /// <summary>hydrus's default namespace colours; "" is unnamespaced tags and "null" the fallback.</summary>
    private static JsonObject NamespaceColours() => new()
    {
        ["system"] = Colour(153, 101, 21),
        ["meta"] = Colour(0, 0, 0),
        ["creator"] = Colour(170, 0, 0),
        ["studio"] = Colour(128, 0, 0),
        ["character"] = Colour(0, 170, 0),
        ["person"] = Colour(0, 128, 0),
        ["series"] = Colour(170, 0, 170),
        ["null"] = Colour(114, 160, 193),
        [""] = Colour(0, 111, 250),
    };

    private static JsonObject Options()
    {
        var allTags = new JsonObject { ["service_key"] = ApiServices.KeyOf(ApiServices.AllKnownTags), ["display_service_key"] = ApiServices.KeyOf(ApiServices.AllKnownTags) };
        var importTimeSort = new JsonObject { ["sort_metatype"] = "system", ["sort_order"] = 1, ["tag_context"] = allTags.DeepClone(), ["sort_type"] = 2 };
        var tagSort = new JsonObject { ["sort_type"] = 0, ["sort_order"] = 0, ["use_siblings"] = true, ["group_by"] = 0 };
        return new JsonObject
        {
            ["booleans"] = new JsonObject(),
            ["strings"] = new JsonObject(),
            ["noneable_strings"] = new JsonObject(),
            ["integers"] = new JsonObject(),
            ["noneable_integers"] = new JsonObject(),
            ["keys"] = new JsonObject(),
            ["colors"] = new JsonObject { ["default"] = new JsonObject(), ["darkmode"] = new JsonObject() },
            ["media_zooms"] = new JsonArray(0.01, 0.05, 0.1, 0.15, 0.2, 0.3, 0.5, 0.7, 0.8, 0.9, 1.0, 1.1, 1.2, 1.5, 2.0, 3.0, 5.0, 10.0, 20.0),
            ["slideshow_durations"] = new JsonArray(1.0, 5.0, 10.0, 30.0, 60.0),
            ["default_namespace_sorts"] = new JsonArray(),
            ["default_sort"] = importTimeSort,
            ["default_tag_sort"] = tagSort.DeepClone(),
            ["default_tag_sort_search_page"] = tagSort.DeepClone(),
            ["default_tag_sort_search_page_manage_tags"] = tagSort.DeepClone(),
            ["default_tag_sort_media_viewer"] = tagSort.DeepClone(),
            ["default_tag_sort_media_vewier_manage_tags"] = tagSort.DeepClone(),
            ["fallback_sort"] = importTimeSort.DeepClone(),
            ["suggested_tags_favourites"] = new JsonObject(),
            ["default_local_location_context"] = new JsonObject
            {
                ["current_service_keys"] = new JsonArray(ApiServices.KeyOf(Storage.Services.ServiceCatalog.MyFiles)),
                ["deleted_service_keys"] = new JsonArray(),
            },
        };
    }

    private static JsonArray Colour(int red, int green, int blue) => new(red, green, blue);
}
