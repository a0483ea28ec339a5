namespace HydraEngine.Model.Text;

/// <summary>hydrus's URL primitives (ClientNetworkingFunctions, objects.md §14).</summary>
public static class HydrusUrls
{
    /// <summary><c>ParseURL</c>: strip, NFKC the netloc and turn ? and # in it into _, then <c>urlparse</c>.</summary>
    public static PythonUrlParts Parse(string url) => PythonUrl.Parse(UnicodeNormalise(PythonText.Strip(url)));

    /// <summary>Has a scheme and a netloc.</summary>
    public static bool LooksLikeAFullUrl(string text)
    {
        try
        {
            var parts = Parse(text);
            return parts.Scheme.Length > 0 && parts.Netloc.Length > 0;
        }
        catch (FormatException)
        {
            return false;
        }
    }

    /// <summary>Path components: one leading "/" removed, then split on "/".</summary>
    public static string[] PathComponents(string path) => (path.StartsWith('/') ? path[1..] : path).Split('/');

    /// <summary>
    /// <c>EnsureURLIsEncoded</c>: path components and query keys/values percent-encoded where not already,
    /// query order kept; anything that is not a full URL, or fails, is returned unchanged.
    /// </summary>
    public static string EnsureEncoded(string url, bool keepFragment = true)
    {
        if (!LooksLikeAFullUrl(url))
        {
            return url;
        }

        try
        {
            var parts = Parse(url);
            var path = "/" + string.Join('/', PathComponents(parts.Path).Select(PercentEncoding.EnsurePathComponentEncoded));
            var query = HydrusQuery.Parse(parts.Query).Encoded().ToText();
            return PythonUrl.Unparse(parts with { Path = path, Query = query, Fragment = keepFragment ? parts.Fragment : "" });
        }
        catch (Exception exception) when (exception is FormatException or ArgumentException)
        {
            return url;
        }
    }

    private static string UnicodeNormalise(string url)
    {
        if (url.StartsWith("file:", StringComparison.Ordinal))
        {
            return url;
        }

        var schemeEnd = url.IndexOf("://", StringComparison.Ordinal);
        if (schemeEnd < 0)
        {
            return url;
        }

        var rest = url[(schemeEnd + 3)..];
        var slash = rest.IndexOf('/');
        var netloc = slash < 0 ? rest : rest[..slash];
        var normalised = UnicodeNormalisation.Nfkc(netloc);
        normalised = normalised.Replace('?', '_').Replace('#', '_');
        return url[..(schemeEnd + 3)] + normalised + (slash < 0 ? "" : rest[slash..]);
    }
}
