using System.Text.Json;
using HydraEngine.Model.Parsing;
using HydraEngine.Parsing.Results;

namespace HydraEngine.Parsing.Content.Types.Variable;

/// <summary>A variable (hydrus content type 14): shown by parse, not read by downloads.</summary>
internal sealed class VariableContentType : ContentType<VariableContent>
{
    public override string JsonWord => "variable";

    protected override IReadOnlyList<string> Yield(VariableContent kind, string parserName, IReadOnlyList<string> texts, ParsingContext context) => texts;

    protected override void WriteJson(VariableContent kind, Utf8JsonWriter writer) => writer.WriteString("variable_name", kind.VariableName);

    protected override void Read(VariableContent kind, ParsedContent content, PostContents post)
    {
    }

    protected override string Describe(VariableContent kind) => $"variable {kind.VariableName}";

    protected override string Label(VariableContent kind, string name) => $"variable [{name}]";
}
