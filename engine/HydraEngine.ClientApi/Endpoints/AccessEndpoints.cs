using System.Text.Json.Nodes;
using HydraEngine.ClientApi.Access;
using HydraEngine.ClientApi.Http;

namespace HydraEngine.ClientApi.Endpoints;

/// <summary><c>/api_version</c>: no key needed.</summary>
internal sealed class ApiVersionEndpoint : IApiEndpoint
{
    public string Path => "/api_version";

    public string Method => "GET";

    public AccessRule Access => AccessRule.Open;

    public Task HandleAsync(ApiRequest request) => ApiResponses.WriteAsync(request, []);
}

/// <summary><c>/verify_access_key</c>: the key's name, permissions and hydrus's description of them.</summary>
internal sealed class VerifyAccessKeyEndpoint : IApiEndpoint
{
    public string Path => "/verify_access_key";

    public string Method => "GET";

    public AccessRule Access => AccessRule.AnyKey;

    public Task HandleAsync(ApiRequest request)
    {
        var key = request.RequireKey();
        return ApiResponses.WriteAsync(request, new JsonObject
        {
            ["name"] = key.Name,
            ["permits_everything"] = key.PermitsEverything,
            ["basic_permissions"] = new JsonArray([.. key.Effective.Select(permission => JsonValue.Create((int)permission))]),
            ["human_description"] = key.HumanDescription,
        });
    }
}

/// <summary><c>/session_key</c>: a temporary key for the caller's access key.</summary>
internal sealed class SessionKeyEndpoint : IApiEndpoint
{
    public string Path => "/session_key";

    public string Method => "GET";

    public AccessRule Access => AccessRule.AnyKey;

    public Task HandleAsync(ApiRequest request) =>
        ApiResponses.WriteAsync(request, new JsonObject { ["session_key"] = request.Api.Sessions.Create(request.RequireKey().KeyHash) });
}

/// <summary>
/// <c>/request_new_permissions</c>: makes a key that works once the user approves it (`hydra api keys approve NAME`),
/// where hydrus needs its dialog open at the moment of asking.
/// </summary>
internal sealed class RequestNewPermissionsEndpoint : IApiEndpoint
{
    public string Path => "/request_new_permissions";

    public string Method => "GET";

    public AccessRule Access => AccessRule.Open;

    public Task HandleAsync(ApiRequest request)
    {
        var name = request.Args.String("name");
        var everything = request.Args.Boolean("permits_everything", false);
        var permissions = (request.Args.OptionalIntegerList("basic_permissions") ?? []).Select(id =>
            Enum.IsDefined((ClientApiPermission)id) ? (ClientApiPermission)id : throw ApiException.BadParameter("basic_permissions", $"holds {id}, which is not a permission")).ToList();
        var (key, _) = request.Api.Keys.Request(name, permissions, everything);
        return ApiResponses.WriteAsync(request, new JsonObject { ["access_key"] = key });
    }
}
