using System.Text.Json.Nodes;
using HydraEngine.ClientApi.Access;
using HydraEngine.ClientApi.Http;
using HydraEngine.Network.Headers;

namespace HydraEngine.ClientApi.Endpoints;

/// <summary><c>/manage_headers/get_headers[?domain=…]</c>: the custom headers of a domain or, without one, the global ones.</summary>
internal sealed class GetHeadersEndpoint : IApiEndpoint
{
    public string Path => "/manage_headers/get_headers";

    public string Method => "GET";

    public AccessRule Access { get; } = AccessRule.Needs(ClientApiPermission.ManageHeaders);

    public Task HandleAsync(ApiRequest request)
    {
        var domain = NetworkArguments.Domain(request.Args);
        var headers = NetworkArguments.Engine(request).Headers.List(domain);
        return ApiResponses.WriteAsync(request, new JsonObject
        {
            ["network_context"] = new JsonObject { ["type"] = domain is null ? 0 : 2, ["data"] = domain },
            ["headers"] = new JsonObject([.. headers.Select(header => KeyValuePair.Create(header.Name, (JsonNode?)new JsonObject
            {
                ["value"] = header.Value,
                ["approved"] = header.Approved ? "approved" : "denied",
                ["reason"] = header.Reason,
            }))]),
        });
    }
}

/// <summary>
/// <c>/manage_headers/set_headers</c>: <c>{domain|null, headers: {name: {value, approved, reason}}}</c>; a null value
/// removes the header; <c>approved</c> is "approved", "denied" or "pending" (only approved headers are sent).
/// </summary>
internal sealed class SetHeadersEndpoint : IApiEndpoint
{
    public string Path => "/manage_headers/set_headers";

    public string Method => "POST";

    public AccessRule Access { get; } = AccessRule.Needs(ClientApiPermission.ManageHeaders);

    public Task HandleAsync(ApiRequest request)
    {
        var domain = NetworkArguments.Domain(request.Args);
        var headers = request.Args.OptionalObject("headers") ?? throw ApiArguments.Missing("headers");
        var changes = new List<NetworkHeader>();
        foreach (var (name, node) in headers)
        {
            var info = node as JsonObject ?? throw ApiException.BadParameter("headers", $"should map '{name}' to an object with a value");
            var value = info["value"] is JsonValue text && text.TryGetValue<string>(out var given) ? given : info["value"] is null ? "" : throw ApiException.BadParameter("headers", $"has a value for '{name}' that is not a string");
            var approved = Text(info["approved"]) switch
            {
                null or "approved" => true,
                "denied" or "pending" => false,
                var other => throw ApiException.BadParameter("headers", $"has approved \"{other}\" for '{name}'; use approved, denied or pending"),
            };
            changes.Add(new NetworkHeader(name, value, approved, Text(info["reason"]) ?? "Set by the Client API."));
        }

        NetworkArguments.Engine(request).Headers.Set(domain, changes);
        request.Http.Response.StatusCode = 200;
        return Task.CompletedTask;
    }

    private static string? Text(JsonNode? node) => node is JsonValue value && value.TryGetValue<string>(out var text) ? text : null;
}

/// <summary><c>/manage_headers/set_user_agent</c> (hydrus keeps it for old clients): the global User-Agent; empty resets it.</summary>
internal sealed class SetUserAgentEndpoint : IApiEndpoint
{
    public string Path => "/manage_headers/set_user_agent";

    public string Method => "POST";

    public AccessRule Access { get; } = AccessRule.Needs(ClientApiPermission.ManageHeaders);

    public Task HandleAsync(ApiRequest request)
    {
        var userAgent = request.Args.OptionalString("user-agent") ?? throw ApiArguments.Missing("user-agent");
        NetworkArguments.Engine(request).Headers.Set(null, [new NetworkHeader("User-Agent", userAgent.Trim(), Reason: "Set by the Client API.")]);
        request.Http.Response.StatusCode = 200;
        return Task.CompletedTask;
    }
}
