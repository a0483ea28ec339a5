using HydraEngine.ClientApi.Http;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace HydraEngine.ClientApi;

/// <summary>The API's one entry point: maps hydrus's Client API onto an ASP.NET Core application.</summary>
public static class ClientApiEndpoints
{
    /// <summary>
    /// Maps every endpoint, the welcome page, <c>robots.txt</c> and CORS preflight (<c>OPTIONS</c>) onto
    /// <paramref name="routes"/>. Requests are logged without their keys.
    /// </summary>
    public static IEndpointRouteBuilder MapClientApi(this IEndpointRouteBuilder routes, ClientApiContext api)
    {
        ArgumentNullException.ThrowIfNull(routes);
        ArgumentNullException.ThrowIfNull(api);
        var logger = routes.ServiceProvider.GetService<ILoggerFactory>()?.CreateLogger("HydraEngine.ClientApi") ?? NullLogger.Instance;
        var pipeline = new ApiPipeline(api, logger);
        foreach (var endpoint in EndpointCatalog.All)
        {
            routes.MapMethods(endpoint.Path, [endpoint.Method], http => pipeline.HandleAsync(http, endpoint));
        }

        routes.MapMethods("/{**path}", ["OPTIONS"], http => Preflight(http, api));
        routes.MapGet("/", http => Text(http, "text/html", "<html><head><title>hydrus client api</title></head><body><p>This is HydraEngine's hydrus Client API. See the README for how to make an access key.</p></body></html>"));
        routes.MapGet("/robots.txt", http => Text(http, "text/plain", "User-agent: *\nDisallow: /\n"));
        return routes;
    }

    private static Task Preflight(HttpContext http, ClientApiContext api)
    {
        http.Response.Headers.Server = ApiVersion.ServerHeader;
        if (http.Request.Headers.Origin.Count > 0)
        {
            if (!api.Options.Cors)
            {
                http.Response.StatusCode = 401;
                return Task.CompletedTask;
            }

            http.Response.Headers.AccessControlAllowOrigin = "*";
            http.Response.Headers.AccessControlAllowMethods = "GET, POST, OPTIONS";
            http.Response.Headers.AccessControlAllowHeaders = "*";
            http.Response.Headers.AccessControlMaxAge = "86400";
        }
        else
        {
            http.Response.Headers.Allow = "GET, POST, OPTIONS";
        }

        http.Response.StatusCode = 200;
        return Task.CompletedTask;
    }

    private static Task Text(HttpContext http, string contentType, string text)
    {
        http.Response.Headers.Server = ApiVersion.ServerHeader;
        return Results.Text(text, contentType).ExecuteAsync(http);
    }
}
