using AngleSharp.Dom;
using HydraEngine.Parsing.Documents.Soup;

namespace HydraEngine.Parsing.Documents;

/// <summary>
/// One text being parsed, with its HTML and JSON forms built at most once and shared by every formula that
/// reads it (hydrus re-parses per formula unless its cache is warm; this is most of our speed). The HTML formulae read
/// the compact html5lib-compatible tree (<see cref="HtmlIndex"/>); AngleSharp's DOM (<see cref="Html"/>) is built only
/// when a plugin formula asks for it.
/// </summary>
public sealed class ParseDocument
{
    private IDocument? html;
    private HtmlIndex? htmlIndex;
    private JsonDocumentResult? json;

    public ParseDocument(string text) => Text = text;

    public string Text { get; }

    internal IDocument Html => html ??= HtmlDocuments.Parse(Text);

    internal HtmlIndex HtmlIndex => htmlIndex ??= new HtmlIndex(SoupTreeBuilder.Build(Text));

    internal JsonDocumentResult Json => json ??= JsonDocumentResult.Parse(Text);
}
