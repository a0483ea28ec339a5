using System.Globalization;

namespace HydraEngine.Repositories.Protocol;

/// <summary>Reads hydrus's <c>session_key=HEX; Path=/; Max-Age=SECONDS</c> cookie.</summary>
internal static class SessionCookie
{
    public static (byte[] SessionKey, long Expires) Parse(string cookie, long nowSeconds)
    {
        byte[]? key = null;
        var maxAge = 86_400L;
        foreach (var part in cookie.Split(';', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
        {
            var (name, value) = part.IndexOf('=', StringComparison.Ordinal) is var at and >= 0 ? (part[..at], part[(at + 1)..]) : (part, "");
            if (name == "session_key")
            {
                key = Hex.Decode(value, "the session_key cookie");
            }
            else if (name.Equals("Max-Age", StringComparison.OrdinalIgnoreCase) && long.TryParse(value, NumberStyles.Integer, CultureInfo.InvariantCulture, out var seconds))
            {
                maxAge = seconds;
            }
        }

        return key is null ? throw new RepositoryException($"the cookie '{cookie}' has no session_key") : (key, nowSeconds + maxAge);
    }
}
