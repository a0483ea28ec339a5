using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http;

namespace HydraEngine.ClientApi.Http;

/// <summary>Writes JSON-shaped answers (JSON or CBOR) with hydrus's <c>version</c> and <c>hydrus_version</c> and cache header.</summary>
internal static class ApiResponses
{
    private static readonly JsonSerializerOptions Compact = new() { WriteIndented = false };

    public static async Task WriteAsync(ApiRequest request, JsonObject body, int cacheSeconds = 4, int statusCode = 200)
    {
        await WriteAsync(request.Http, request.Format, body, cacheSeconds, statusCode);
    }

    public static async Task WriteAsync(HttpContext http, ResponseFormat format, JsonObject body, int cacheSeconds, int statusCode)
    {
        body["version"] = ApiVersion.ClientApi;
        body["hydrus_version"] = ApiVersion.Hydrus;
        http.Response.StatusCode = statusCode;
        http.Response.Headers.CacheControl = $"max-age={cacheSeconds}";
        if (format == ResponseFormat.Cbor)
        {
            http.Response.ContentType = "application/cbor";
            await http.Response.Body.WriteAsync(CborJson.Encode(body));
            return;
        }

        http.Response.ContentType = "application/json";
        await http.Response.Body.WriteAsync(JsonSerializer.SerializeToUtf8Bytes(body, Compact));
    }

    /// <summary>hydrus's answer to a POST that returns nothing: 200 with an empty body.</summary>
    public static Task Empty(ApiRequest request)
    {
        request.Http.Response.StatusCode = 200;
        return Task.CompletedTask;
    }

    /// <summary>hydrus's error body: <c>{error, exception_type, status_code, version, hydrus_version}</c>.</summary>
    public static Task WriteErrorAsync(HttpContext http, ResponseFormat format, ApiException error) =>
        WriteAsync(
            http,
            format,
            new JsonObject { ["error"] = error.Message, ["exception_type"] = error.ExceptionType, ["status_code"] = error.StatusCode },
            cacheSeconds: 0,
            error.StatusCode);
}
