using System.Text.Json.Nodes;
using HydraEngine.Model.Parsing;

namespace HydraEngine.Definitions.Hydrus.Codecs.Contents;

/// <summary>A timestamp: the additional info is its type (null in old parsers).</summary>
internal sealed class TimestampContentForm : HydrusContentForm<TimestampContent>
{
    public override int ContentType => 16;

    public override string Word => "timestamp";

    public override ContentKind? Read(HydrusNode info) => new TimestampContent(info.IsNull ? null : info.Int32("the timestamp type"));

    protected override JsonNode? Write(TimestampContent content, HydrusWriter writer) => content.TimestampType;
}
