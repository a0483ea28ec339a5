using AngleSharp.Dom;
using AngleSharp.Html.Parser;

namespace HydraEngine.Parsing.Documents;

/// <summary>
/// AngleSharp's DOM of a page (today's WHATWG algorithm), for plugin formulae, which receive AngleSharp types. The
/// built-in HTML formulae read the html5lib-compatible <see cref="Soup.SoupTree"/> instead.
/// </summary>
internal static class HtmlDocuments
{
    private static readonly HtmlParserOptions Options = new()
    {
        IsScripting = false,
        IsKeepingSourceReferences = false,
    };

    [ThreadStatic]
    private static HtmlParser? parser;

    public static IDocument Parse(string text)
    {
        var document = (parser ??= new HtmlParser(Options)).ParseDocument(text);
        if (text.Contains("<template", StringComparison.OrdinalIgnoreCase))
        {
            TemplateContents.MoveIntoTemplates(document);
        }

        return document;
    }
}
