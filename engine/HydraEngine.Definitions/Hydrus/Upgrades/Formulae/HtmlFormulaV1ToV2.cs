using System.Text.Json.Nodes;

namespace HydraEngine.Definitions.Hydrus.Upgrades.Formulae;

/// <summary>v2 adds <c>culling_and_adding = (cull_front 0, cull_back 0, prepend "", append "")</c>.</summary>
internal sealed class HtmlFormulaV1ToV2 : IUpgradeStep
{
    public int TypeId => HydrusTypes.HtmlFormula;

    public int FromVersion => 1;

    public JsonNode? Apply(JsonNode? info, UpgradeContext context)
    {
        var fields = UpgradeJson.Array(info, 2, "the info (tag rules, attribute)");
        fields.Add(new JsonArray(0, 0, "", ""));
        return fields;
    }
}
