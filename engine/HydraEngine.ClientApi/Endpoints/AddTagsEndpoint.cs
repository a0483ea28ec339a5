using System.Text.Json.Nodes;
using HydraEngine.ClientApi.Access;
using HydraEngine.ClientApi.Http;
using HydraEngine.ClientApi.Services;
using HydraEngine.Storage;

namespace HydraEngine.ClientApi.Endpoints;

/// <summary>
/// <c>/add_tags/add_tags</c>: <c>service_keys_to_tags</c> (add) and <c>service_keys_to_actions_to_tags</c>
/// (action "0" add, "1" delete), or the older <c>service_names_to_…</c> forms keyed by service name. Local tag
/// services take only add and delete; pend and petition actions (2–5) belong to tag repositories and are refused.
/// </summary>
internal sealed class AddTagsEndpoint : IApiEndpoint
{
    public string Path => "/add_tags/add_tags";

    public string Method => "POST";

    public AccessRule Access { get; } = AccessRule.Needs(ClientApiPermission.AddTags);

    public Task HandleAsync(ApiRequest request)
    {
        request.Api.Store.Use(store =>
        {
            var hashes = FileIdentifiers.Hashes(request.Args, store);
            var changes = Changes(request.Args, store);
            if (changes.Count == 0)
            {
                throw ApiException.BadRequest("Please include some tags to add or delete (service_keys_to_tags or service_keys_to_actions_to_tags)!");
            }

            foreach (var (service, add, tags) in changes)
            {
                _ = add ? store.AddTags(hashes, tags, service) : store.RemoveTags(hashes, tags, service);
            }
        });
        request.Http.Response.StatusCode = 200;
        return Task.CompletedTask;
    }

    private static List<(string Service, bool Add, IReadOnlyList<string> Tags)> Changes(ApiArguments args, HydraStore store)
    {
        var changes = new List<(string, bool, IReadOnlyList<string>)>();
        foreach (var (parameter, byKey) in new[] { ("service_keys_to_tags", true), ("service_names_to_tags", false) })
        {
            foreach (var (service, node) in args.OptionalObject(parameter) ?? [])
            {
                changes.Add((ServiceArguments.TagServiceNamed(store, service, byKey, parameter), true, Strings(node, parameter)));
            }
        }

        foreach (var (parameter, byKey) in new[] { ("service_keys_to_actions_to_tags", true), ("service_names_to_actions_to_tags", false) })
        {
            foreach (var (service, actions) in args.OptionalObject(parameter) ?? [])
            {
                var name = ServiceArguments.TagServiceNamed(store, service, byKey, parameter);
                foreach (var (action, node) in actions as JsonObject ?? throw ApiException.BadParameter(parameter, "should map each service to an object of actions to tags"))
                {
                    var add = action switch
                    {
                        "0" => true,
                        "1" => false,
                        _ => throw ApiException.BadParameter(parameter, $"asks for action {action} on '{name}', a local tag service, which takes only 0 (add) and 1 (delete)"),
                    };
                    changes.Add((name, add, Strings(node, parameter)));
                }
            }
        }

        return changes;
    }

    private static IReadOnlyList<string> Strings(JsonNode? node, string parameter) =>
        node is JsonArray array
            ? array.Select(item => item is JsonValue value && value.TryGetValue<string>(out var tag) ? tag : throw ApiException.BadParameter(parameter, "should hold lists of tags (strings)")).ToList()
            : throw ApiException.BadParameter(parameter, "should hold lists of tags");
}
