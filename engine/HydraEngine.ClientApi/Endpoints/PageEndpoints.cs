using System.Text.Json.Nodes;
using HydraEngine.ClientApi.Access;
using HydraEngine.ClientApi.Http;
using HydraEngine.ClientApi.Pages;

namespace HydraEngine.ClientApi.Endpoints;

/// <summary>
/// <c>/manage_pages/get_pages</c>: one page of pages (hydrus's top notebook) holding a page per download job
/// (see <see cref="DownloadPage"/>), <c>{"pages": {name, page_key, page_state, page_type, is_media_page, selected,
/// pages: [...]}}</c>. The first job's page is the selected one.
/// </summary>
internal sealed class GetPagesEndpoint : IApiEndpoint
{
    public string Path => "/manage_pages/get_pages";

    public string Method => "GET";

    public AccessRule Access { get; } = AccessRule.Needs(ClientApiPermission.ManagePages);

    public Task HandleAsync(ApiRequest request)
    {
        var pages = DownloadPages.All(request.Api);
        var children = pages.Select((page, index) => (JsonNode)new JsonObject
        {
            ["name"] = page.Name,
            ["page_key"] = page.Key,
            ["page_state"] = 0,
            ["page_type"] = page.PageType,
            ["is_media_page"] = true,
            ["selected"] = index == 0,
        });
        return ApiResponses.WriteAsync(request, new JsonObject
        {
            ["pages"] = new JsonObject
            {
                ["name"] = "top pages notebook",
                ["page_key"] = DownloadPage.TopKey,
                ["page_state"] = 0,
                ["page_type"] = DownloadPage.PageOfPagesType,
                ["is_media_page"] = false,
                ["selected"] = true,
                ["pages"] = new JsonArray([.. children]),
            },
        });
    }
}

/// <summary><c>/manage_pages/get_page_info?page_key=…&amp;simple=true</c>: <c>{"page_info": …}</c> (see <see cref="PageInfo"/>); 404 for an unknown key.</summary>
internal sealed class GetPageInfoEndpoint : IApiEndpoint
{
    public string Path => "/manage_pages/get_page_info";

    public string Method => "GET";

    public AccessRule Access { get; } = AccessRule.Needs(ClientApiPermission.ManagePages);

    public Task HandleAsync(ApiRequest request)
    {
        var page = DownloadPages.Find(request);
        var simple = request.Args.Boolean("simple", true);
        return ApiResponses.WriteAsync(request, new JsonObject { ["page_info"] = PageInfo.Describe(request.Api, page, simple) });
    }
}

/// <summary>
/// <c>/manage_pages/add_files {page_key, hash(es)|file_id(s)}</c>: shows stored files on a page, after the files its
/// job imported (for this run of <c>hydra serve</c>, as hydrus's page media). 404 for an unknown page or file.
/// </summary>
internal sealed class AddFilesToPageEndpoint : IApiEndpoint
{
    public string Path => "/manage_pages/add_files";

    public string Method => "POST";

    public AccessRule Access { get; } = AccessRule.Needs(ClientApiPermission.ManagePages);

    public Task HandleAsync(ApiRequest request)
    {
        var page = DownloadPages.Find(request);
        var hashes = request.Api.Store.Use(store =>
        {
            var wanted = FileIdentifiers.Hashes(request.Args, store);
            var unknown = wanted.FirstOrDefault(hash => store.GetFile(hash) is null);
            return unknown == default ? wanted : throw ApiException.NotFound($"Could not find the file {unknown.ToHex()} in this client!");
        });
        request.Api.PageFiles.Add(page.Key, hashes);
        return ApiResponses.Empty(request);
    }
}

/// <summary><c>/manage_pages/focus_page {page_key}</c>: HydraEngine has no window to show a page in, so a known page answers 200 and nothing changes; 404 for an unknown one.</summary>
internal sealed class FocusPageEndpoint : IApiEndpoint
{
    public string Path => "/manage_pages/focus_page";

    public string Method => "POST";

    public AccessRule Access { get; } = AccessRule.Needs(ClientApiPermission.ManagePages);

    public Task HandleAsync(ApiRequest request)
    {
        DownloadPages.Find(request);
        return ApiResponses.Empty(request);
    }
}

/// <summary>
/// <c>/manage_pages/refresh_page {page_key}</c>: a watcher's page checks its thread now; URL queue and gallery pages
/// always show their current files, so refreshing them changes nothing. 404 for an unknown page.
/// </summary>
internal sealed class RefreshPageEndpoint : IApiEndpoint
{
    public string Path => "/manage_pages/refresh_page";

    public string Method => "POST";

    public AccessRule Access { get; } = AccessRule.Needs(ClientApiPermission.ManagePages);

    public Task HandleAsync(ApiRequest request)
    {
        var page = DownloadPages.Find(request);
        if (page.Source == PageSource.Watcher)
        {
            lock (request.Api.DownloadsGate)
            {
                request.Api.Downloads!.CheckWatcherNow(page.JobId);
            }
        }

        return ApiResponses.Empty(request);
    }
}
