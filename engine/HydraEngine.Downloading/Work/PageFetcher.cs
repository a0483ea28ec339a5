using HydraEngine.Matching.Domains;
using HydraEngine.Model.Parsing;
using HydraEngine.Network;
using HydraEngine.Parsing;
using HydraEngine.Parsing.Documents;
using HydraEngine.Parsing.Pages;

namespace HydraEngine.Downloading.Work;

/// <summary>Builds requests the way hydrus does (referral by URL class rule, class header overrides, extra headers) and parses pages.</summary>
internal static class PageFetcher
{
    public static NetworkRequest Request(DomainManager domains, string url, string? referral, IReadOnlyDictionary<string, string> headers, NetworkJobContext job)
    {
        var engine = domains.GetUrlClass(url);
        var classHeaders = engine?.Class.HeaderOverrides.ToDictionary(pair => pair.Key, pair => pair.Value, StringComparer.OrdinalIgnoreCase)
            ?? new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        return new NetworkRequest(ToUri(url), job)
        {
            Referral = engine is null ? referral : engine.GetReferralUrl(url, referral),
            UrlClassHeaders = classHeaders,
            ExtraHeaders = headers,
        };
    }

    public static Uri ToUri(string url) =>
        Uri.TryCreate(url, UriKind.Absolute, out var uri)
            ? uri
            : throw new NetworkException(NetworkFailure.UnsupportedUrl, null, null, $"'{url}' is not a URL that can be fetched");

    /// <summary>Decodes the body (declared charset, else a guess) and runs the parser with the given context.</summary>
    public static ParsedPage Parse(PageParserRunner runner, FetchedPage page, string urlToFetch, PageParser parser, IEnumerable<KeyValuePair<string, string>> context)
    {
        var text = PageText.Decode(page.Body, page.Charset);
        var result = runner.Run(parser, text, new ParsingContext(context));
        return new ParsedPage(page, urlToFetch, parser, result.Posts, result.Failure?.Message);
    }

    /// <summary>A body that looks like a document (HTML, JSON, XML, text) rather than a file.</summary>
    public static bool LooksLikeDocument(FetchedPage page)
    {
        var type = page.ContentType ?? "";
        if (type.StartsWith("text/", StringComparison.OrdinalIgnoreCase) || type.Contains("json", StringComparison.OrdinalIgnoreCase) || type.Contains("xml", StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }

        var head = page.Body.AsSpan(0, Math.Min(page.Body.Length, 64)).TrimStart(" \t\r\n"u8);
        return head.Length == 0 || head[0] is (byte)'<' or (byte)'{' or (byte)'[';
    }
}
