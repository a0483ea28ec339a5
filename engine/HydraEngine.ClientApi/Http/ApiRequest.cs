using HydraEngine.ClientApi.Access;
using Microsoft.AspNetCore.Http;

namespace HydraEngine.ClientApi.Http;

/// <summary>One request as an endpoint sees it: the HTTP exchange, its parameters, the caller's key and the engine.</summary>
internal sealed record ApiRequest(HttpContext Http, ApiArguments Args, AccessKey? Key, ClientApiContext Api, ResponseFormat Format)
{
    public AccessKey RequireKey() => Key ?? throw ApiException.MissingCredentials("No access key or session key provided!");
}
