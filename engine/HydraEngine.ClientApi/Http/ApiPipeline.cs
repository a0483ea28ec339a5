using System.Net;
using System.Text.Json;
using System.Text.Json.Nodes;
using HydraEngine.Downloading;
using HydraEngine.Storage;
using HydraEngine.Storage.Search;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace HydraEngine.ClientApi.Http;

/// <summary>
/// Every request's way through: peer check, server and CORS headers, parameters, key and permission, the
/// endpoint, and any failure turned into hydrus's JSON error. Nothing a client sends can take the server down:
/// unexpected exceptions become 500 answers with the message (keys are never logged).
/// </summary>
internal sealed class ApiPipeline(ClientApiContext api, ILogger logger)
{
    public async Task HandleAsync(HttpContext http, IApiEndpoint endpoint)
    {
        http.Response.Headers.Server = ApiVersion.ServerHeader;
        http.Response.Headers["Hydrus-Server"] = ApiVersion.ServerHeader;
        if (api.Options.Cors && http.Request.Headers.Origin.Count > 0)
        {
            http.Response.Headers.AccessControlAllowOrigin = "*";
        }

        var format = ResponseFormat.Json;
        try
        {
            CheckPeer(http);
            format = RequestedFormat(http);
            var args = await ReadArgumentsAsync(http);
            var key = endpoint.Access.NeedsKey ? KeyResolver.Resolve(http, args, api) : null;
            if (endpoint.Access.NeedsKey)
            {
                endpoint.Access.Check(key ?? throw ApiException.MissingCredentials("No access key or session key provided!"));
            }

            await endpoint.HandleAsync(new ApiRequest(http, args, key, api, format));
        }
        catch (Exception exception) when (!http.Response.HasStarted && Translate(exception) is { } error)
        {
            if (error.StatusCode >= 500)
            {
                logger.LogError(exception, "Client API {Path} failed", endpoint.Path);
            }

            http.Response.Clear();
            http.Response.Headers.Server = ApiVersion.ServerHeader;
            await ApiResponses.WriteErrorAsync(http, format, error);
        }
    }

    /// <summary>hydrus's codes for what engine parts throw: bad input 400, anything unexpected 500.</summary>
    private static ApiException? Translate(Exception exception) => exception switch
    {
        ApiException api => api,
        QuerySyntaxException syntax => ApiException.BadParameter("tags", $"could not be read: {syntax.Message}"),
        StoreException store => ApiException.BadRequest(store.Message),
        DownloadException download => ApiException.BadRequest(download.Message),
        BadHttpRequestException bad => new ApiException(bad.StatusCode, "BadRequestException", bad.Message),
        OperationCanceledException => null,
        _ => new ApiException(500, "ServerException", exception.Message),
    };

    private void CheckPeer(HttpContext http)
    {
        var peer = http.Connection.RemoteIpAddress;
        if (!api.Options.AllowNonLocal && peer is not null && !IPAddress.IsLoopback(peer.IsIPv4MappedToIPv6 ? peer.MapToIPv4() : peer))
        {
            throw ApiException.InsufficientCredentials("This client does not allow non-local connections.");
        }
    }

    private static ResponseFormat RequestedFormat(HttpContext http)
    {
        var accept = http.Request.Headers.Accept.ToString();
        if (accept.Contains("application/cbor", StringComparison.OrdinalIgnoreCase))
        {
            return ResponseFormat.Cbor;
        }

        if (accept.Contains("application/json", StringComparison.OrdinalIgnoreCase))
        {
            return ResponseFormat.Json;
        }

        return IsCbor(http.Request.ContentType) || http.Request.Query["cbor"] == "1" ? ResponseFormat.Cbor : ResponseFormat.Json;
    }

    private async Task<ApiArguments> ReadArgumentsAsync(HttpContext http)
    {
        var query = ApiArguments.FromQuery(http.Request.Query.Select(pair => KeyValuePair.Create(pair.Key, pair.Value.ToString())));
        if (!HttpMethods.IsPost(http.Request.Method) || IsOctetStream(http.Request.ContentType))
        {
            return query;
        }

        var body = await ReadBodyAsync(http);
        if (body.Length == 0)
        {
            return query;
        }

        var node = IsCbor(http.Request.ContentType) ? CborJson.Decode(body) : LastWinsJson.Parse(body);
        return node is JsonObject dictionary
            ? ApiArguments.FromBody(dictionary)
            : throw ApiException.BadRequest("the request body should be a JSON object (or a CBOR map)");
    }

    private async Task<byte[]> ReadBodyAsync(HttpContext http)
    {
        var limit = api.Options.MaxJsonBodyBytes;
        if (http.Request.ContentLength > limit)
        {
            throw new ApiException(413, "BadRequestException", $"the request body is larger than {limit} bytes");
        }

        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int read;
        while ((read = await http.Request.Body.ReadAsync(chunk, http.RequestAborted)) > 0)
        {
            if (buffer.Length + read > limit)
            {
                throw new ApiException(413, "BadRequestException", $"the request body is larger than {limit} bytes");
            }

            buffer.Write(chunk, 0, read);
        }

        return buffer.ToArray();
    }

    private static bool IsCbor(string? contentType) => contentType?.StartsWith("application/cbor", StringComparison.OrdinalIgnoreCase) == true;

    internal static bool IsOctetStream(string? contentType) => contentType?.StartsWith("application/octet-stream", StringComparison.OrdinalIgnoreCase) == true;
}
