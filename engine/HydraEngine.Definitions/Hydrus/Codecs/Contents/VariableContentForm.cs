using System.Text.Json.Nodes;
using HydraEngine.Model.Parsing;

namespace HydraEngine.Definitions.Hydrus.Codecs.Contents;

/// <summary>A variable: the additional info is its name.</summary>
internal sealed class VariableContentForm : HydrusContentForm<VariableContent>
{
    public override int ContentType => 14;

    public override string Word => "variable";

    public override ContentKind? Read(HydrusNode info) => new VariableContent(info.String("the variable name"));

    protected override JsonNode? Write(VariableContent content, HydrusWriter writer) => content.VariableName;
}
