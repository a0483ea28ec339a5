using System.Collections.Concurrent;
using System.Security.Cryptography;
using Microsoft.AspNetCore.Http;

namespace HydraEngine.FixtureBooru.Http;

/// <summary>The logged-in sessions: <c>POST /login</c> issues a <c>fixture_session</c> cookie the server recognises.</summary>
internal sealed class SessionStore
{
    public const string CookieName = "fixture_session";

    private readonly ConcurrentDictionary<string, string> usersByToken = new(StringComparer.Ordinal);

    public string Open(string username)
    {
        var token = Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(16));
        usersByToken[token] = username;
        return token;
    }

    public bool IsLoggedIn(HttpRequest request) =>
        request.Cookies.TryGetValue(CookieName, out var token) && token is not null && usersByToken.ContainsKey(token);
}
