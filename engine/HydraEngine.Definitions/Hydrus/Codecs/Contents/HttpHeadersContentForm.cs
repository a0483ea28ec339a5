using System.Text.Json.Nodes;
using HydraEngine.Model.Parsing;

namespace HydraEngine.Definitions.Hydrus.Codecs.Contents;

/// <summary>An HTTP header: the additional info is the header name.</summary>
internal sealed class HttpHeadersContentForm : HydrusContentForm<HttpHeadersContent>
{
    public override int ContentType => 22;

    public override string Word => "http headers";

    public override ContentKind? Read(HydrusNode info) => new HttpHeadersContent(info.String("the header name"));

    protected override JsonNode? Write(HttpHeadersContent content, HydrusWriter writer) => content.HeaderName;
}
