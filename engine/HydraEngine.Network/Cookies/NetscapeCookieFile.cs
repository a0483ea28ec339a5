using System.Globalization;

namespace HydraEngine.Network.Cookies;

/// <summary>
/// Reads a Netscape cookies.txt (what browser extensions export): one cookie per line as seven tab-separated fields —
/// domain, include subdomains (TRUE/FALSE), path, secure (TRUE/FALSE), expiry (unix seconds, 0 = session), name,
/// value. '#' lines are comments except the <c>#HttpOnly_</c> domain prefix. Every malformed line is reported, by
/// number, in one <see cref="FormatException"/>.
/// </summary>
internal static class NetscapeCookieFile
{
    private const string HttpOnlyPrefix = "#HttpOnly_";

    public static IReadOnlyList<NetworkCookie> Read(TextReader reader)
    {
        var cookies = new List<NetworkCookie>();
        var problems = new List<string>();
        var number = 0;
        while (reader.ReadLine() is { } line)
        {
            number++;
            var httpOnly = line.StartsWith(HttpOnlyPrefix, StringComparison.OrdinalIgnoreCase);
            if (httpOnly)
            {
                line = line[HttpOnlyPrefix.Length..];
            }
            else if (line.StartsWith('#') || string.IsNullOrWhiteSpace(line))
            {
                continue;
            }

            var problem = TryParse(line.TrimEnd('\r'), httpOnly, out var cookie);
            if (problem is null)
            {
                cookies.Add(cookie!);
            }
            else
            {
                problems.Add($"line {number}: {problem}");
            }
        }

        if (problems.Count > 0)
        {
            throw new FormatException("this is not a valid Netscape cookies.txt: " + string.Join("; ", problems));
        }

        return cookies;
    }

    private static string? TryParse(string line, bool httpOnly, out NetworkCookie? cookie)
    {
        cookie = null;
        var fields = line.Split('\t');
        if (fields.Length is not (6 or 7))
        {
            return $"expected 7 tab-separated fields (domain, subdomains, path, secure, expiry, name, value), found {fields.Length}";
        }

        var domain = fields[0].Trim().ToLowerInvariant();
        if (domain.Length == 0 || domain == ".")
        {
            return "the domain is empty";
        }

        if (!TryFlag(fields[1], out var subdomains) || !TryFlag(fields[3], out var secure))
        {
            return "the subdomain and secure fields must be TRUE or FALSE";
        }

        if (!long.TryParse(fields[4].Trim(), NumberStyles.Integer, CultureInfo.InvariantCulture, out var expiry) || expiry < 0)
        {
            return $"the expiry '{fields[4]}' is not a unix time in seconds";
        }

        if (fields[5].Length == 0)
        {
            return "the cookie name is empty";
        }

        domain = subdomains ? "." + domain.TrimStart('.') : domain.TrimStart('.');
        var path = fields[2].Length == 0 ? "/" : fields[2];
        cookie = new NetworkCookie(fields[5], fields.Length == 7 ? fields[6] : "", domain, path)
        {
            Expires = expiry == 0 ? null : DateTimeOffset.FromUnixTimeSeconds(Math.Min(expiry, 253402300799)),
            Secure = secure,
            HttpOnly = httpOnly,
        };
        return null;
    }

    private static bool TryFlag(string text, out bool value)
    {
        value = text.Trim().Equals("TRUE", StringComparison.OrdinalIgnoreCase);
        return value || text.Trim().Equals("FALSE", StringComparison.OrdinalIgnoreCase);
    }
}
