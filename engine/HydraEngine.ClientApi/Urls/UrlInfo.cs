using System.Text.Json.Nodes;
using HydraEngine.ClientApi.Http;
using HydraEngine.Matching;
using HydraEngine.Matching.Domains;
using HydraEngine.Model.Urls;

namespace HydraEngine.ClientApi.Urls;

/// <summary>What the downloader library makes of a URL, as <c>/add_urls/get_url_info</c> answers (hydrus's URL parse capability).</summary>
internal static class UrlInfo
{
    private static readonly Dictionary<UrlType, string> TypeNames = new()
    {
        [UrlType.Post] = "post url",
        [UrlType.ApiRedirect] = "api/redirect url",
        [UrlType.File] = "file url",
        [UrlType.Gallery] = "gallery url",
        [UrlType.Watchable] = "watchable url",
        [UrlType.Unknown] = "unknown url",
    };

    /// <summary>The URL as its class normalises it (unknown URLs only encoded); the URL itself without a library.</summary>
    public static string Normalise(DomainManager? domains, string url)
    {
        try
        {
            return domains?.NormaliseUrl(url) ?? url;
        }
        catch (UrlClassException exception)
        {
            throw ApiException.BadParameter("url", $"could not be normalised: {exception.Message}");
        }
    }

    /// <summary><c>{normalised_url, url_type, url_type_string, match_name, can_parse[, cannot_parse_reason]}</c>.</summary>
    public static JsonObject Describe(DomainManager? domains, string url)
    {
        var normalised = Normalise(domains, url);
        var engine = domains?.GetUrlClass(normalised);
        var type = engine?.Class.UrlType ?? UrlType.Unknown;
        var (canParse, reason) = engine is null ? (false, "unknown url class") : Parsable(domains!, normalised);
        var body = new JsonObject
        {
            ["normalised_url"] = normalised,
            ["url_type"] = (int)type,
            ["url_type_string"] = TypeNames[type],
            ["match_name"] = engine?.Class.Name ?? "unknown url",
            ["can_parse"] = canParse,
        };
        if (!canParse)
        {
            body["cannot_parse_reason"] = reason;
        }

        return body;
    }

    /// <summary>Describe, or null when the URL cannot be normalised (hydrus leaves such URLs out of <c>detailed_known_urls</c>).</summary>
    public static JsonObject? TryDescribe(DomainManager? domains, string url)
    {
        try
        {
            return Describe(domains, url);
        }
        catch (ApiException)
        {
            return null;
        }
    }

    private static (bool CanParse, string Reason) Parsable(DomainManager domains, string url)
    {
        try
        {
            domains.GetUrlToFetchAndParser(url);
            return (true, "");
        }
        catch (UrlClassException exception)
        {
            return (false, exception.Message);
        }
    }
}
