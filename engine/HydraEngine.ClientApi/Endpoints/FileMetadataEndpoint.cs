using System.Text.Json.Nodes;
using HydraEngine.ClientApi.Access;
using HydraEngine.ClientApi.Http;
using HydraEngine.ClientApi.Metadata;
using HydraEngine.ClientApi.Services;
using HydraEngine.ClientApi.Urls;

namespace HydraEngine.ClientApi.Endpoints;

/// <summary>
/// <c>/get_files/file_metadata</c>: entries in request order; a hash the store has never seen answers
/// <c>{"file_id": null, "hash": …}</c> unless <c>create_new_file_ids</c>, an unknown file id is 404.
/// </summary>
internal sealed class FileMetadataEndpoint : IApiEndpoint
{
    public string Path => "/get_files/file_metadata";

    public string Method => "GET";

    public AccessRule Access { get; } = AccessRule.Needs(ClientApiPermission.SearchFiles);

    public Task HandleAsync(ApiRequest request)
    {
        var args = request.Args;
        var domains = request.Api.Downloaders?.Invoke().Domains;
        var options = new FileMetadataOptions(
            args.Boolean("only_return_identifiers", false),
            args.Boolean("only_return_basic_information", false),
            args.Boolean("include_notes", false),
            args.Boolean("include_milliseconds", false),
            args.Boolean("detailed_url_information", false) ? url => UrlInfo.TryDescribe(domains, url) : null);
        var createIds = args.Boolean("create_new_file_ids", false);
        var includeServices = args.Boolean("include_services_object", true);
        var body = request.Api.Store.Use(store =>
        {
            var hashes = FileIdentifiers.Hashes(args, store);
            if (createIds)
            {
                foreach (var hash in hashes)
                {
                    store.GetOrCreateFileId(hash);
                }
            }

            var builder = new FileMetadataJson(store, options);
            var result = new JsonObject { ["metadata"] = new JsonArray([.. hashes.Select(builder.Build)]) };
            if (includeServices)
            {
                result["services"] = ApiServices.ServicesObject(store.Services, store.RatingServices());
                result["services_v2"] = ApiServices.ServicesList(store.Services, store.RatingServices());
            }

            return result;
        });
        return ApiResponses.WriteAsync(request, body);
    }
}
