using System.Text.Json.Nodes;
using HydraEngine.ClientApi.Access;
using HydraEngine.ClientApi.Http;
using HydraEngine.ClientApi.Urls;
using HydraEngine.Storage.Files;

namespace HydraEngine.ClientApi.Endpoints;

/// <summary><c>/add_urls/get_url_info</c>: the URL's class, type and normalised form (cached 10 minutes, as hydrus does).</summary>
internal sealed class GetUrlInfoEndpoint : IApiEndpoint
{
    public string Path => "/add_urls/get_url_info";

    public string Method => "GET";

    public AccessRule Access { get; } = AccessRule.Needs(ClientApiPermission.AddUrls);

    public Task HandleAsync(ApiRequest request)
    {
        var url = UrlArgument.Required(request.Args, "url");
        var domains = request.Api.Downloaders?.Invoke().Domains;
        var body = UrlInfo.Describe(domains, url);
        var normalised = body["normalised_url"]!.GetValue<string>();
        body["request_url"] = domains is null || domains.GetUrlClass(normalised) is null ? normalised : Fetchable(domains, normalised);
        return ApiResponses.WriteAsync(request, body, cacheSeconds: 600);
    }

    private static string Fetchable(Matching.Domains.DomainManager domains, string url)
    {
        try
        {
            return domains.GetUrlToFetch(url);
        }
        catch (Matching.UrlClassException exception)
        {
            throw ApiException.BadParameter("url", exception.Message);
        }
    }
}

/// <summary>
/// <c>/add_urls/get_url_files</c>: the files the store has for a URL: status 2 in the database, 3 deleted, 0 not
/// imported. Cached 30 s when every file is in the database (Hydrus Companion asks on every page load).
/// </summary>
internal sealed class GetUrlFilesEndpoint : IApiEndpoint
{
    public string Path => "/add_urls/get_url_files";

    public string Method => "GET";

    public AccessRule Access { get; } = AccessRule.Needs(ClientApiPermission.AddUrls);

    public Task HandleAsync(ApiRequest request)
    {
        var url = UrlArgument.Required(request.Args, "url");
        var normalised = UrlInfo.Normalise(request.Api.Downloaders?.Invoke().Domains, url);
        var files = request.Api.Store.Use(store => new[] { normalised, url }.Distinct(StringComparer.Ordinal)
            .Where(candidate => Uri.TryCreate(candidate, UriKind.Absolute, out _))
            .SelectMany(candidate => store.LookupUrl(candidate).Files)
            .DistinctBy(file => file.Hash)
            .ToList());
        var statuses = files.Select(file => Status(file.Status)).ToList();
        var body = new JsonObject
        {
            ["normalised_url"] = normalised,
            ["url_file_statuses"] = new JsonArray([.. files.Select((file, index) => new JsonObject
            {
                ["status"] = statuses[index].Code,
                ["hash"] = file.Hash.ToHex(),
                ["note"] = statuses[index].Note,
            })]),
        };
        var allInDb = statuses.Count > 0 && statuses.All(status => status.Code == 2);
        return ApiResponses.WriteAsync(request, body, cacheSeconds: allInDb ? 30 : 4);
    }

    private static (int Code, string Note) Status(FileStatus status) => status switch
    {
        FileStatus.Current => (2, "url recognised: already in db"),
        FileStatus.InTrash or FileStatus.Deleted => (3, "url recognised: previously deleted"),
        _ => (0, "url recognised, but the file is not in the database"),
    };
}

/// <summary>The <c>url</c> parameter: present and not empty.</summary>
internal static class UrlArgument
{
    public static string Required(ApiArguments args, string name)
    {
        var url = args.String(name);
        return url.Trim().Length > 0 ? url.Trim() : throw ApiException.BadParameter(name, "was empty");
    }
}
