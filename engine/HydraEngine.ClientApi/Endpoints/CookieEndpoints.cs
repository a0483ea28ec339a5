using System.Text.Json.Nodes;
using HydraEngine.ClientApi.Access;
using HydraEngine.ClientApi.Http;
using HydraEngine.Network;
using HydraEngine.Network.Cookies;

namespace HydraEngine.ClientApi.Endpoints;

/// <summary><c>/manage_cookies/get_cookies?domain=…</c>: <c>{"cookies": [[name, value, domain, path, expires], …]}</c>.</summary>
internal sealed class GetCookiesEndpoint : IApiEndpoint
{
    public string Path => "/manage_cookies/get_cookies";

    public string Method => "GET";

    public AccessRule Access { get; } = AccessRule.Needs(ClientApiPermission.ManageHeaders);

    public Task HandleAsync(ApiRequest request)
    {
        var domain = NetworkArguments.Domain(request.Args) ?? throw ApiArguments.Missing("domain");
        var cookies = NetworkArguments.Engine(request).Cookies.List(domain);
        return ApiResponses.WriteAsync(request, new JsonObject
        {
            ["cookies"] = new JsonArray([.. cookies.Select(cookie => new JsonArray(cookie.Name, cookie.Value, cookie.Domain, cookie.Path, cookie.Expires?.ToUnixTimeSeconds()))]),
        });
    }
}

/// <summary>
/// <c>/manage_cookies/set_cookies</c>: <c>{"cookies": [[name, value, domain, path, expires], …]}</c>; a null value
/// deletes the cookie, a null expiry makes a session cookie.
/// </summary>
internal sealed class SetCookiesEndpoint : IApiEndpoint
{
    public string Path => "/manage_cookies/set_cookies";

    public string Method => "POST";

    public AccessRule Access { get; } = AccessRule.Needs(ClientApiPermission.ManageHeaders);

    public Task HandleAsync(ApiRequest request)
    {
        var rows = request.Args.Json("cookies") as JsonArray ?? throw ApiException.BadParameter("cookies", "should be a list of [name, value, domain, path, expires] lists");
        var cookies = NetworkArguments.Engine(request).Cookies;
        var toSet = new List<NetworkCookie>();
        foreach (var (row, index) in rows.Select((row, index) => (row, index)))
        {
            if (row is not JsonArray { Count: 5 } fields || Text(fields[0]) is not { Length: > 0 } name || Text(fields[2]) is not { Length: > 0 } domain)
            {
                throw ApiException.BadParameter("cookies", $"item {index} should be [name, value, domain, path, expires] with a name and a domain");
            }

            var path = Text(fields[3]) ?? "/";
            if (Text(fields[1]) is not { } value)
            {
                cookies.Set(new NetworkCookie(name, "", domain, path) { Expires = DateTimeOffset.UnixEpoch });
                continue;
            }

            long? expires = fields[4] is JsonValue expiry && expiry.TryGetValue<double>(out var seconds) ? (long)seconds : null;
            toSet.Add(new NetworkCookie(name, value, domain, path) { Expires = expires is { } at ? DateTimeOffset.FromUnixTimeSeconds(at) : null });
        }

        cookies.Set(toSet);
        request.Http.Response.StatusCode = 200;
        return Task.CompletedTask;
    }

    private static string? Text(JsonNode? node) => node is JsonValue value && value.TryGetValue<string>(out var text) ? text : null;
}

/// <summary>The <c>domain</c> parameter of cookie and header endpoints, and the network engine they need.</summary>
internal static class NetworkArguments
{
    public static string? Domain(ApiArguments args)
    {
        var domain = args.OptionalString("domain");
        return domain is null || domain.Contains('.', StringComparison.Ordinal)
            ? domain
            : throw ApiException.BadParameter("domain", $"is \"{domain}\", which does not seem to be a domain");
    }

    public static NetworkEngine Engine(ApiRequest request) =>
        request.Api.Network ?? throw new ApiException(503, "ServerBusyException", "This client has no network engine running, so it has no cookies or headers to manage.");
}
