using System.Text.Json.Nodes;
using HydraEngine.ClientApi.Access;
using HydraEngine.ClientApi.Http;
using HydraEngine.ClientApi.Services;
using HydraEngine.ClientApi.Urls;
using HydraEngine.Downloading.Seeds;
using HydraEngine.Model.Urls;
using HydraEngine.Storage;

namespace HydraEngine.ClientApi.Endpoints;

/// <summary>
/// <c>/add_urls/add_url</c>: hands a URL to the download engine, where its URL class decides: a watchable URL gets a
/// thread watcher; anything else joins a URL queue named by <c>destination_page_name</c> (hydrus's page; default
/// "client api"). <c>service_keys_to_additional_tags</c> (or <c>service_names_to_additional_tags</c>, or the older
/// <c>service_names_to_tags</c>) go to those services on every file the URL gives; <c>filterable_tags</c> go with
/// the parsed tags. Answers <c>{human_result_text, normalised_url}</c>.
/// </summary>
internal sealed class AddUrlEndpoint : IApiEndpoint
{
    public const string DefaultQueue = "client api";

    public string Path => "/add_urls/add_url";

    public string Method => "POST";

    public AccessRule Access { get; } = AccessRule.Needs(ClientApiPermission.AddUrls);

    public Task HandleAsync(ApiRequest request)
    {
        var args = request.Args;
        var url = UrlArgument.Required(args, "url");
        if (!Uri.TryCreate(url, UriKind.Absolute, out var parsed) || (parsed.Scheme != Uri.UriSchemeHttp && parsed.Scheme != Uri.UriSchemeHttps))
        {
            throw ApiException.BadParameter("url", $"is '{url}', which is not an http or https URL");
        }

        var downloads = request.Api.Downloads ?? throw new ApiException(503, "ServerBusyException", "This client has no download engine running, so it cannot queue URLs.");
        var domains = request.Api.Downloaders?.Invoke().Domains;
        var normalised = UrlInfo.Normalise(domains, url);
        var metadata = new SeedMetadata
        {
            Tags = args.OptionalStringList("filterable_tags") ?? [],
            ServiceTags = request.Api.Store.Use(store => AdditionalTags(args, store)),
        };
        var queueName = args.OptionalString("destination_page_name") is { Length: > 0 } name ? name : DefaultQueue;
        string where;
        lock (request.Api.DownloadsGate)
        {
            if (domains?.GetUrlClass(normalised)?.Class.UrlType == UrlType.Watchable)
            {
                var watcher = downloads.AddWatcher(url);
                where = $"a thread watcher (watcher {watcher.Id})";
            }
            else
            {
                var (queue, _) = downloads.AddUrls([url], queueName, metadata);
                where = $"the URL queue '{queue.Name}'";
            }
        }

        return ApiResponses.WriteAsync(request, new JsonObject
        {
            ["human_result_text"] = $"\"{normalised}\" URL added successfully to {where}.",
            ["normalised_url"] = normalised,
        });
    }

    private static Dictionary<string, IReadOnlyList<string>> AdditionalTags(ApiArguments args, HydraStore store)
    {
        var result = new Dictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal);
        foreach (var (parameter, byKey) in new[] { ("service_keys_to_additional_tags", true), ("service_names_to_additional_tags", false), ("service_names_to_tags", false) })
        {
            foreach (var (service, node) in args.OptionalObject(parameter) ?? [])
            {
                var name = ServiceArguments.TagServiceNamed(store, service, byKey, parameter);
                var tags = node is JsonArray array
                    ? array.Select(item => item is JsonValue value && value.TryGetValue<string>(out var tag) ? tag : throw ApiException.BadParameter(parameter, "should hold lists of tags (strings)")).ToList()
                    : throw ApiException.BadParameter(parameter, "should map services to lists of tags");
                result[name] = result.TryGetValue(name, out var existing) ? [.. existing.Concat(tags).Distinct(StringComparer.Ordinal)] : tags;
            }
        }

        return result;
    }
}
