using System.Text.Json.Nodes;
using HydraEngine.ClientApi.Access;
using HydraEngine.ClientApi.Http;
using HydraEngine.ClientApi.Services;
using HydraEngine.Model.Text;

namespace HydraEngine.ClientApi.Endpoints;

/// <summary><c>/add_tags/search_tags</c>: tag autocomplete, <c>{"tags": [{"value", "count"}]}</c>, most used first.</summary>
internal sealed class SearchTagsEndpoint : IApiEndpoint
{
    public string Path => "/add_tags/search_tags";

    public string Method => "GET";

    public AccessRule Access { get; } = AccessRule.Needs(ClientApiPermission.SearchFiles);

    public Task HandleAsync(ApiRequest request)
    {
        var search = request.Args.String("search");
        var tags = request.Api.Store.Use(store => store.AutocompleteTags(search, ServiceArguments.TagService(request.Args, store)));
        return ApiResponses.WriteAsync(request, new JsonObject
        {
            ["tags"] = new JsonArray([.. tags.Select(tag => new JsonObject { ["value"] = tag.Tag, ["count"] = tag.Count })]),
        });
    }
}

/// <summary><c>/add_tags/clean_tags</c>: tags as hydrus cleans them, sorted, duplicates merged.</summary>
internal sealed class CleanTagsEndpoint : IApiEndpoint
{
    public string Path => "/add_tags/clean_tags";

    public string Method => "GET";

    public AccessRule Access { get; } = AccessRule.Needs(ClientApiPermission.AddTags);

    public Task HandleAsync(ApiRequest request)
    {
        var tags = request.Args.OptionalStringList("tags") ?? throw ApiArguments.Missing("tags");
        var clean = HydrusTags.CleanTags(tags).Where(tag => tag.Length > 0).Order(HumanSort.Comparer);
        return ApiResponses.WriteAsync(request, new JsonObject { ["tags"] = new JsonArray([.. clean.Select(tag => JsonValue.Create(tag))]) });
    }
}
