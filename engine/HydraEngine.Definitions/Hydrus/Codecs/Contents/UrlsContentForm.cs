using System.Text.Json.Nodes;
using HydraEngine.Model.Parsing;

namespace HydraEngine.Definitions.Hydrus.Codecs.Contents;

/// <summary>URLs: <c>[url_type, priority]</c>.</summary>
internal sealed class UrlsContentForm : HydrusContentForm<UrlsContent>
{
    public override int ContentType => 7;

    public override string Word => "urls";

    public override ContentKind? Read(HydrusNode info) =>
        info.ExpectArray(2, "URL content [url_type, priority]")
            ? new UrlsContent(info[0].Enum<UrlContentType>("the url type"), info[1].Int32("the priority"))
            : null;

    protected override JsonNode? Write(UrlsContent content, HydrusWriter writer) => new JsonArray((int)content.UrlType, content.Priority);
}
