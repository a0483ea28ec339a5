using HydraEngine.ClientApi.Access;
using HydraEngine.ClientApi.Http;
using HydraEngine.ClientApi.Urls;

namespace HydraEngine.ClientApi.Endpoints;

/// <summary>
/// <c>/add_urls/associate_url</c>: adds (<c>url_to_add</c>, <c>urls_to_add</c>) and removes (<c>url_to_delete</c>,
/// <c>urls_to_delete</c>) known URLs of files; URLs to add are normalised unless <c>normalise_urls</c> is false.
/// </summary>
internal sealed class AssociateUrlEndpoint : IApiEndpoint
{
    public string Path => "/add_urls/associate_url";

    public string Method => "POST";

    public AccessRule Access { get; } = AccessRule.Needs(ClientApiPermission.AddUrls);

    public Task HandleAsync(ApiRequest request)
    {
        var args = request.Args;
        var normalise = args.Boolean("normalise_urls", true);
        var domains = request.Api.Downloaders?.Invoke().Domains;
        var toAdd = Urls(args, "url_to_add", "urls_to_add").Select(url => normalise ? UrlInfo.Normalise(domains, url) : url).ToList();
        var toDelete = Urls(args, "url_to_delete", "urls_to_delete");
        if (toAdd.Count == 0 && toDelete.Count == 0)
        {
            throw ApiException.BadRequest("Did not find any URLs to add or delete (url_to_add, urls_to_add, url_to_delete, urls_to_delete)!");
        }

        request.Api.Store.Use(store =>
        {
            foreach (var hash in FileIdentifiers.Hashes(args, store))
            {
                if (toAdd.Count > 0)
                {
                    store.AddUrls(hash, toAdd);
                }

                if (toDelete.Count > 0)
                {
                    store.RemoveUrls(hash, toDelete);
                }
            }
        });
        request.Http.Response.StatusCode = 200;
        return Task.CompletedTask;
    }

    private static List<string> Urls(ApiArguments args, string single, string list)
    {
        var urls = new List<string>();
        if (args.OptionalString(single) is { } url)
        {
            urls.Add(url);
        }

        urls.AddRange(args.OptionalStringList(list) ?? []);
        return urls;
    }
}
