using System.Text.Json.Nodes;
using HydraEngine.Model.Parsing;

namespace HydraEngine.Definitions.Hydrus.Codecs.Contents;

/// <summary>A title: the additional info is its priority.</summary>
internal sealed class TitleContentForm : HydrusContentForm<TitleContent>
{
    public override int ContentType => 17;

    public override string Word => "title";

    public override ContentKind? Read(HydrusNode info) => new TitleContent(info.Int32("the title priority"));

    protected override JsonNode? Write(TitleContent content, HydrusWriter writer) => content.Priority;
}
