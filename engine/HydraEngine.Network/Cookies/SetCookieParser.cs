using System.Globalization;

namespace HydraEngine.Network.Cookies;

/// <summary>Reads one Set-Cookie header value (RFC 6265 §5.2) into a cookie for the host that sent it.</summary>
internal static class SetCookieParser
{
    private static readonly string[] DateFormats =
    [
        "r", "ddd, dd-MMM-yyyy HH:mm:ss 'GMT'", "dddd, dd-MMM-yy HH:mm:ss 'GMT'", "ddd, dd MMM yyyy HH:mm:ss 'GMT'",
        "ddd MMM d HH:mm:ss yyyy", "ddd, d MMM yyyy HH:mm:ss 'GMT'",
    ];

    /// <summary>The cookie, or null when the header is unusable or names a domain the host may not set.</summary>
    public static NetworkCookie? Parse(string header, Uri from, DateTimeOffset now)
    {
        var parts = header.Split(';');
        var pair = parts[0];
        var equals = pair.IndexOf('=', StringComparison.Ordinal);
        if (equals <= 0)
        {
            return null;
        }

        var host = from.IdnHost.ToLowerInvariant();
        var cookie = new NetworkCookie(pair[..equals].Trim(), pair[(equals + 1)..].Trim().Trim('"'), host, DefaultPath(from.AbsolutePath));
        DateTimeOffset? maxAgeExpiry = null;
        foreach (var attribute in parts.Skip(1))
        {
            var split = attribute.IndexOf('=', StringComparison.Ordinal);
            var name = (split < 0 ? attribute : attribute[..split]).Trim();
            var value = split < 0 ? "" : attribute[(split + 1)..].Trim();
            switch (name.ToLowerInvariant())
            {
                case "domain" when value.Length > 0:
                    var domain = value.TrimStart('.').ToLowerInvariant();
                    if (domain != host && !host.EndsWith("." + domain, StringComparison.Ordinal))
                    {
                        return null;
                    }

                    cookie = cookie with { Domain = "." + domain };
                    break;
                case "path" when value.StartsWith('/'):
                    cookie = cookie with { Path = value };
                    break;
                case "expires" when TryParseDate(value, out var expires):
                    cookie = cookie with { Expires = expires };
                    break;
                case "max-age" when long.TryParse(value, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var seconds):
                    maxAgeExpiry = seconds <= 0 ? DateTimeOffset.UnixEpoch : now.AddSeconds(Math.Min(seconds, 400L * 86400));
                    break;
                case "secure":
                    cookie = cookie with { Secure = true };
                    break;
                case "httponly":
                    cookie = cookie with { HttpOnly = true };
                    break;
            }
        }

        return maxAgeExpiry is { } maxAge ? cookie with { Expires = maxAge } : cookie;
    }

    private static string DefaultPath(string requestPath)
    {
        var slash = requestPath.LastIndexOf('/');
        return !requestPath.StartsWith('/') || slash <= 0 ? "/" : requestPath[..slash];
    }

    private static bool TryParseDate(string value, out DateTimeOffset date) =>
        DateTimeOffset.TryParseExact(value, DateFormats, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out date)
        || DateTimeOffset.TryParse(value, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out date);
}
