using System.Text.Json.Nodes;
using HydraEngine.Editor.Http;
using HydraEngine.Network;
using HydraEngine.Parsing.Documents;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Routing;

namespace HydraEngine.Editor.Api;

/// <summary>
/// <c>POST /editor/api/fetch {"url"}</c>: an example document fetched through the engine's network (the domain's
/// cookies, headers and user agent), answered whatever its status: <c>{"url","final_url","status","content_type",
/// "headers":{name: value},"redirects":["STATUS URL"],"challenge","document"}</c>, where <c>challenge</c> says why the
/// page looks like an anti-bot page (<see cref="ChallengePage"/>), else null; a fetch that fails is a 502 saying why.
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
                page = await network.InspectPageAsync(new NetworkRequest(new Uri(url), NetworkJobContext.Adhoc), context.RequestAborted);
            }
            catch (Exception exception) when (exception is NetworkException or HttpRequestException or TaskCanceledException)
            {
                throw new EditorRequestException(502, "/url", $"fetching {url} failed: {exception.Message}");
            }

            var document = PageText.Decode(page.Body);
            var headers = new JsonObject();
            foreach (var (name, value) in page.Headers)
            {
                headers[name.ToLowerInvariant()] = headers[name.ToLowerInvariant()] is { } before ? $"{before}, {value}" : value;
            }

            return EditorHttp.Json(new JsonObject
            {
                ["url"] = url,
                ["final_url"] = page.FinalUrl.ToString(),
                ["status"] = page.StatusCode,
                ["content_type"] = page.ContentType,
                ["headers"] = headers,
                ["redirects"] = DiffEndpoints.Strings(page.Redirects),
                ["challenge"] = ChallengePage.Detect(page.StatusCode, page.Headers, document),
                ["document"] = document,
            });
        }));
    }
}
