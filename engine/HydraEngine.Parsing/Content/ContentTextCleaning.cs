using System.Text.RegularExpressions;
using HydraEngine.Model.Text;

namespace HydraEngine.Parsing.Content;

/// <summary>The per-type clean-ups hydrus applies to parsed texts (notes, URLs, titles).</summary>
internal static partial class ContentTextCleaning
{
    /// <summary><c>CleanNoteText</c>: strip, strip each line, join with \n, collapse 3+ newlines to 2.</summary>
    public static string CleanNote(string text)
    {
        var joined = string.Join('\n', PythonText.SplitLines(PythonText.Strip(text)).Select(PythonText.Strip));
        while (joined.Contains("\n\n\n", StringComparison.Ordinal))
        {
            joined = joined.Replace("\n\n\n", "\n\n", StringComparison.Ordinal);
        }

        return joined;
    }

    /// <summary>
    /// A parsed URL made absolute as hydrus does: junk before an http(s) scheme and doubled schemes removed,
    /// then <c>urljoin</c> against the page URL, then <c>EnsureURLIsEncoded</c>.
    /// </summary>
    public static string CleanUrl(string url, string baseUrl)
    {
        if (!HydrusUrls.LooksLikeAFullUrl(url) && (url.Contains("http://", StringComparison.Ordinal) || url.Contains("https://", StringComparison.Ordinal)))
        {
            url = MultipleSchemes().Replace(JunkBeforeScheme().Replace(url, "${scheme}", 1), "${scheme}", 1);
        }

        if (!HydrusUrls.LooksLikeAFullUrl(url))
        {
            try
            {
                url = PythonUrl.Join(baseUrl, url);
            }
            catch (FormatException)
            {
                // hydrus keeps the text as it was when urljoin fails
            }
        }

        return HydrusUrls.EnsureEncoded(url);
    }

    [GeneratedRegex(@"^.*\s(?<scheme>https?://)", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex JunkBeforeScheme();

    [GeneratedRegex(@"^(?:https?://)+(?<scheme>https?://)", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex MultipleSchemes();

    /// <summary>Python's <c>html.unescape</c> (full HTML5 entities), the decoder the string converter uses too.</summary>
    public static string UnescapeTitle(string title) => TitleEntities.Decode(title);

    private static readonly Strings.Conversions.Encodings.HtmlEntityCodec TitleEntities = new();
}
