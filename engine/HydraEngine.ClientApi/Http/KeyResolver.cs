using HydraEngine.ClientApi.Access;
using Microsoft.AspNetCore.Http;

namespace HydraEngine.ClientApi.Http;

/// <summary>
/// Finds the caller's key as hydrus does: the access key header, else the session key header, else the same names
/// as parameters (query string or body). No key: 401; an unknown access key: 403; an unknown or expired session: 419.
/// </summary>
internal static class KeyResolver
{
    public const string AccessKeyName = "Hydrus-Client-API-Access-Key";
    public const string SessionKeyName = "Hydrus-Client-API-Session-Key";

    public static AccessKey? Resolve(HttpContext http, ApiArguments args, ClientApiContext api)
    {
        if (FromHeader(http, AccessKeyName) is { } headerKey)
        {
            return Access(api, headerKey);
        }

        if (FromHeader(http, SessionKeyName) is { } headerSession)
        {
            return Session(api, headerSession);
        }

        if (args.OptionalString(AccessKeyName) is { } argKey)
        {
            return Access(api, ParseHex(AccessKeyName, argKey));
        }

        return args.OptionalString(SessionKeyName) is { } argSession ? Session(api, ParseHex(SessionKeyName, argSession)) : null;
    }

    public static byte[] ParseHex(string name, string text)
    {
        try
        {
            var bytes = Convert.FromHexString(text.Trim());
            return bytes.Length > 0 ? bytes : throw new FormatException();
        }
        catch (FormatException)
        {
            throw ApiException.BadRequest($"Problem parsing {name}!");
        }
    }

    private static byte[]? FromHeader(HttpContext http, string name) =>
        http.Request.Headers.TryGetValue(name, out var values) && values.Count > 0 ? ParseHex(name, values[0] ?? "") : null;

    private static AccessKey Access(ClientApiContext api, byte[] key) =>
        api.Keys.Find(key) ?? throw ApiException.InsufficientCredentials("Did not find an entry for that access key!");

    /// <summary>A session stands for its access key while both live; otherwise 419, so the client asks for a new session.</summary>
    private static AccessKey Session(ClientApiContext api, byte[] session) =>
        api.Sessions.Resolve(Convert.ToHexStringLower(session)) is { } keyHash && api.Keys.FindByHash(keyHash) is { } key
            ? key
            : throw ApiException.SessionExpired("Did not find an entry for that session key!");
}
