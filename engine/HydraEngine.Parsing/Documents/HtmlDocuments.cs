using AngleSharp.Dom;
using AngleSharp.Html.Parser;

namespace HydraEngine.Parsing.Documents;

/// <summary>HTML5 parsing (the WHATWG algorithm, as hydrus's BeautifulSoup + html5lib).</summary>
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
