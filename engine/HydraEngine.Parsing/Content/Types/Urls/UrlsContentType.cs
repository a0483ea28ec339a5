using System.Text.Json;
using HydraEngine.Model.Parsing;
using HydraEngine.Parsing.Results;

namespace HydraEngine.Parsing.Content.Types.Urls;

/// <summary>URLs (hydrus content type 7): made absolute against the page's URL; downloads group them by type and priority.</summary>
internal sealed class UrlsContentType : ContentType<UrlsContent>
{
    public override string JsonWord => "urls";

    protected override IReadOnlyList<string> Yield(UrlsContent kind, string parserName, IReadOnlyList<string> texts, ParsingContext context) =>
        context.TryGet("url", out var baseUrl) ? texts.Select(text => ContentTextCleaning.CleanUrl(text, baseUrl)).ToList() : texts;

    protected override void WriteJson(UrlsContent kind, Utf8JsonWriter writer)
    {
        writer.WriteString("url_type", kind.UrlType switch
        {
            UrlContentType.Desired => "desired",
            UrlContentType.Source => "source",
            UrlContentType.NextGalleryPage => "next",
            _ => "sub_gallery",
        });
        writer.WriteNumber("priority", kind.Priority);
    }

    protected override void Read(UrlsContent kind, ParsedContent content, PostContents post) => post.AddUrl(kind.UrlType, kind.Priority, content.Value);

    protected override string Describe(UrlsContent kind) => $"{Word(kind)} urls (priority {kind.Priority})";

    protected override string Label(UrlsContent kind, string name) =>
        $"{Word(kind)} url p{kind.Priority} [{name}]";

    private static string Word(UrlsContent kind) => kind.UrlType.ToString().ToLowerInvariant();
}
