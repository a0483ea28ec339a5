namespace HydraEngine.Model.Text;

/// <summary>The six parts of Python's <c>urllib.parse.urlparse</c>.</summary>
public sealed record PythonUrlParts(string Scheme, string Netloc, string Path, string Params, string Query, string Fragment);

/// <summary>
/// Python 3.11's <c>urlparse</c>, <c>urlunparse</c> and <c>urljoin</c>, which hydrus uses everywhere
/// (System.Uri lowercases, unescapes and normalises, so it cannot stand in).
/// </summary>
public static class PythonUrl
{
    private static readonly HashSet<string> UsesRelative = ["", "ftp", "http", "gopher", "nntp", "imap", "wais", "file", "https", "shttp", "mms", "prospero", "rtsp", "rtspu", "sftp", "svn", "svn+ssh", "ws", "wss"];
    private static readonly HashSet<string> UsesNetloc = ["", "ftp", "http", "gopher", "nntp", "telnet", "imap", "wais", "file", "mms", "https", "shttp", "snews", "prospero", "rtsp", "rtspu", "rsync", "svn", "svn+ssh", "sftp", "nfs", "git", "git+ssh", "ws", "wss"];
    private static readonly HashSet<string> UsesParams = ["", "ftp", "hdl", "prospero", "http", "imap", "https", "shttp", "rtsp", "rtspu", "sip", "sips", "mms", "sftp", "tel"];

    /// <summary><c>urlparse(url, scheme=defaultScheme)</c>. Throws <see cref="FormatException"/> where Python raises ValueError.</summary>
    public static PythonUrlParts Parse(string url, string defaultScheme = "")
    {
        // Python 3.11.4+ (and Debian's 3.11.2 with the backport): leading C0 controls and spaces go, then tabs and newlines
        url = url.TrimStart(LeadingJunk).Replace("\t", "", StringComparison.Ordinal).Replace("\r", "", StringComparison.Ordinal).Replace("\n", "", StringComparison.Ordinal);
        var scheme = defaultScheme;
        var colon = url.IndexOf(':');
        if (colon > 0 && char.IsAsciiLetter(url[0]) && url.AsSpan(0, colon).IndexOfAnyExcept(SchemeCharacters) < 0)
        {
            scheme = url[..colon].ToLowerInvariant();
            url = url[(colon + 1)..];
        }

        var netloc = "";
        if (url.StartsWith("//", StringComparison.Ordinal))
        {
            var end = url.AsSpan(2).IndexOfAny("/?#");
            end = end < 0 ? url.Length : end + 2;
            netloc = url[2..end];
            url = url[end..];
            PythonNetloc.Check(netloc);
        }

        var fragment = "";
        var hash = url.IndexOf('#');
        if (hash >= 0)
        {
            fragment = url[(hash + 1)..];
            url = url[..hash];
        }

        var query = "";
        var question = url.IndexOf('?');
        if (question >= 0)
        {
            query = url[(question + 1)..];
            url = url[..question];
        }

        var parameters = "";
        if (UsesParams.Contains(scheme) && url.Contains(';'))
        {
            var slash = url.LastIndexOf('/');
            var semicolon = slash >= 0 ? url.IndexOf(';', slash) : url.IndexOf(';');
            if (semicolon >= 0)
            {
                parameters = url[(semicolon + 1)..];
                url = url[..semicolon];
            }
        }

        return new PythonUrlParts(scheme, netloc, url, parameters, query, fragment);
    }

    /// <summary><c>urlunparse</c>.</summary>
    public static string Unparse(PythonUrlParts parts)
    {
        var url = parts.Params.Length > 0 ? parts.Path + ";" + parts.Params : parts.Path;
        if (parts.Netloc.Length > 0 || (parts.Scheme.Length > 0 && UsesNetloc.Contains(parts.Scheme) && !url.StartsWith("//", StringComparison.Ordinal)))
        {
            if (url.Length > 0 && url[0] != '/')
            {
                url = "/" + url;
            }

            url = "//" + parts.Netloc + url;
        }

        if (parts.Scheme.Length > 0)
        {
            url = parts.Scheme + ":" + url;
        }

        if (parts.Query.Length > 0)
        {
            url += "?" + parts.Query;
        }

        if (parts.Fragment.Length > 0)
        {
            url += "#" + parts.Fragment;
        }

        return url;
    }

    /// <summary><c>urljoin(base, url)</c>: RFC 3986 reference resolution with Python's quirks.</summary>
    public static string Join(string baseUrl, string url)
    {
        if (baseUrl.Length == 0)
        {
            return url;
        }

        if (url.Length == 0)
        {
            return baseUrl;
        }

        var b = Parse(baseUrl);
        var u = Parse(url, b.Scheme);
        if (u.Scheme != b.Scheme || !UsesRelative.Contains(u.Scheme))
        {
            return url;
        }

        var netloc = u.Netloc;
        if (UsesNetloc.Contains(u.Scheme))
        {
            if (netloc.Length > 0)
            {
                return Unparse(u);
            }

            netloc = b.Netloc;
        }

        if (u.Path.Length == 0 && u.Params.Length == 0)
        {
            return Unparse(u with { Netloc = netloc, Path = b.Path, Params = b.Params, Query = u.Query.Length > 0 ? u.Query : b.Query });
        }

        return Unparse(u with { Netloc = netloc, Path = ResolvePath(b.Path, u.Path) });
    }

    private static string ResolvePath(string basePath, string path)
    {
        List<string> segments;
        if (path.StartsWith('/'))
        {
            segments = [.. path.Split('/')];
        }
        else
        {
            var baseParts = basePath.Split('/').ToList();
            if (baseParts[^1].Length > 0)
            {
                baseParts.RemoveAt(baseParts.Count - 1);
            }

            segments = [.. baseParts, .. path.Split('/')];
            if (segments.Count > 2)
            {
                var middle = segments.GetRange(1, segments.Count - 2).Where(segment => segment.Length > 0);
                segments = [segments[0], .. middle, segments[^1]];
            }
        }

        var resolved = new List<string>();
        foreach (var segment in segments)
        {
            if (segment == "..")
            {
                if (resolved.Count > 0)
                {
                    resolved.RemoveAt(resolved.Count - 1);
                }
            }
            else if (segment != ".")
            {
                resolved.Add(segment);
            }
        }

        if (segments[^1] is "." or "..")
        {
            resolved.Add("");
        }

        var joined = string.Join('/', resolved);
        return joined.Length == 0 ? "/" : joined;
    }

    /// <summary>urlsplit's <c>_WHATWG_C0_CONTROL_OR_SPACE</c>, stripped from the start of every URL.</summary>
    private static readonly char[] LeadingJunk = [.. Enumerable.Range(0, 0x21).Select(code => (char)code)];

    private static readonly System.Buffers.SearchValues<char> SchemeCharacters =
        System.Buffers.SearchValues.Create("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789+-.");
}
