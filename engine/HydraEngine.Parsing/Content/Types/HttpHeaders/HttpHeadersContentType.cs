using System.Text.Json;
using HydraEngine.Model.Parsing;
using HydraEngine.Parsing.Results;

namespace HydraEngine.Parsing.Content.Types.HttpHeaders;

/// <summary>An HTTP header (hydrus content type 22): downloads send it with the post's child requests (later wins).</summary>
internal sealed class HttpHeadersContentType : ContentType<HttpHeadersContent>
{
    public override string JsonWord => "http_headers";

    protected override IReadOnlyList<string> Yield(HttpHeadersContent kind, string parserName, IReadOnlyList<string> texts, ParsingContext context) => texts;

    protected override void WriteJson(HttpHeadersContent kind, Utf8JsonWriter writer) => writer.WriteString("header_name", kind.HeaderName);

    protected override void Read(HttpHeadersContent kind, ParsedContent content, PostContents post) => post.SetHeader(kind.HeaderName, content.Value);

    protected override string Describe(HttpHeadersContent kind) => $"header {kind.HeaderName}";

    protected override string Label(HttpHeadersContent kind, string name) => $"httpheaders [{name}]";
}
