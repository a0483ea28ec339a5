using System.Text.Json.Nodes;
using HydraEngine.ClientApi.Access;
using HydraEngine.ClientApi.Http;
using HydraEngine.ClientApi.Services;
using HydraEngine.Model.Text;

namespace HydraEngine.ClientApi.Endpoints;

/// <summary>
/// <c>/add_tags/get_siblings_and_parents?tags=[...]</c>: for each (cleaned) tag and each tag service, its sibling
/// chain, ideal tag, descendants and ancestors: <c>{"tags": {tag: {service_key: {siblings, ideal_tag,
/// descendants, ancestors}}}, "services", "services_v2"}</c>.
/// </summary>
internal sealed class SiblingsAndParentsEndpoint : IApiEndpoint
{
    public string Path => "/add_tags/get_siblings_and_parents";

    public string Method => "GET";

    public AccessRule Access { get; } = AccessRule.Needs(ClientApiPermission.AddTags);

    public Task HandleAsync(ApiRequest request)
    {
        var asked = request.Args.OptionalStringList("tags") ?? throw ApiArguments.Missing("tags");
        var tags = HydrusTags.CleanTags(asked).Where(tag => tag.Length > 0).Distinct(StringComparer.Ordinal).ToList();
        var body = request.Api.Store.Use(store =>
        {
            var tagServices = store.Services.Where(service => service.IsTagService).ToList();
            var result = new JsonObject();
            foreach (var tag in tags)
            {
                var byService = new JsonObject();
                foreach (var service in tagServices)
                {
                    var family = store.FamilyOf(tag, service.Name);
                    byService[ApiServices.KeyOf(service.Name)] = new JsonObject
                    {
                        ["siblings"] = JsonLists.Of(family.Siblings),
                        ["ideal_tag"] = family.IdealTag,
                        ["descendants"] = JsonLists.Of(family.Descendants),
                        ["ancestors"] = JsonLists.Of(family.Ancestors),
                    };
                }

                result[tag] = byService;
            }

            return new JsonObject
            {
                ["tags"] = result,
                ["services"] = ApiServices.ServicesObject(store.Services, store.RatingServices()),
                ["services_v2"] = ApiServices.ServicesList(store.Services, store.RatingServices()),
            };
        });
        return ApiResponses.WriteAsync(request, body);
    }
}
