using System.Text.Json.Nodes;
using HydraEngine.Editor.Http;
using HydraEngine.Network;
using HydraEngine.Parsing.Documents;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Routing;

namespace HydraEngine.Editor.Api;

/// <summary>
/// <c>POST /editor/api/fetch {"url"}</c>: an example document fetched through the engine's network (the domain's
/// cookies, headers and user agent): <c>{"url","final_url","status","content_type","document"}</c>; a failed fetch is
/// a 502 saying why.
/// </summary>
internal static class FetchEndpoints
{
    public static void Map(IEndpointRouteBuilder api, EditorOptions options, NetworkEngine network)
    {
        api.MapPost("/fetch", EditorHttp.Handle(options, async context =>
        {
            var body = await EditorHttp.ReadObject(context, options.MaxBodyBytes);
            var url = EditorHttp.RequiredString(body, "url", "\"https://example.com/post/1\"");
            if (!ParseRequest.IsPageUrl(url))
            {
                throw new EditorRequestException(400, "/url", $"\"url\" must be an absolute http or https URL (got '{url}').");
            }

            FetchedPage page;
            try
            {
                page = await network.FetchPageAsync(new NetworkRequest(new Uri(url), NetworkJobContext.Adhoc), context.RequestAborted);
            }
            catch (Exception exception) when (exception is NetworkException or HttpRequestException or TaskCanceledException)
            {
                throw new EditorRequestException(502, "/url", $"fetching {url} failed: {exception.Message}");
            }

            return EditorHttp.Json(new JsonObject
            {
                ["url"] = url,
                ["final_url"] = page.FinalUrl.ToString(),
                ["status"] = page.StatusCode,
                ["content_type"] = page.ContentType,
                ["document"] = PageText.Decode(page.Body),
            });
        }));
    }
}
