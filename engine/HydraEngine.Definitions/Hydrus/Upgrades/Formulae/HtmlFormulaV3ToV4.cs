using System.Text.Json.Nodes;

namespace HydraEngine.Definitions.Hydrus.Upgrades.Formulae;

/// <summary>v4 inserts a String Match (ANY) before the converter.</summary>
internal sealed class HtmlFormulaV3ToV4 : IUpgradeStep
{
    public int TypeId => HydrusTypes.HtmlFormula;

    public int FromVersion => 3;

    public JsonNode? Apply(JsonNode? info, UpgradeContext context)
    {
        var fields = UpgradeJson.Array(info, 3, "the info (tag rules, attribute, converter)");
        fields.Insert(2, DefaultTuples.AnyStringMatch());
        return fields;
    }
}
