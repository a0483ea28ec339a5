using System.Text.Json.Nodes;
using HydraEngine.Model.Parsing;
using HydraEngine.Model.Strings;

namespace HydraEngine.Definitions.Hydrus.Codecs.Contents;

/// <summary>A veto: <c>[veto_if_matches_found, string_match]</c> (never repaired: its second item is itself an array).</summary>
internal sealed class VetoContentForm : HydrusContentForm<VetoContent>
{
    public override int ContentType => 8;

    public override string Word => "veto";

    public override bool RepairsNestedAdditionalInfo => false;

    public override ContentKind? Read(HydrusNode info) =>
        info.ExpectArray(2, "veto content [veto_if_matches_found, string_match]")
            ? new VetoContent(info[0].Bool("veto if matches found"), info[1].Object("the veto match", StringMatch.Any))
            : null;

    protected override JsonNode? Write(VetoContent content, HydrusWriter writer) => new JsonArray(content.VetoIfMatchesFound, writer.Write(content.Match));
}
