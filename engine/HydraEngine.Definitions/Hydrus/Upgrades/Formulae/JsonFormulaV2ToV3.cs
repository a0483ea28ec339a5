using System.Text.Json.Nodes;

namespace HydraEngine.Definitions.Hydrus.Upgrades.Formulae;

/// <summary>v3 folds the String Match and String Converter into a String Processor.</summary>
internal sealed class JsonFormulaV2ToV3 : IUpgradeStep
{
    public int TypeId => HydrusTypes.JsonFormula;

    public int FromVersion => 2;

    public JsonNode? Apply(JsonNode? info, UpgradeContext context) =>
        LegacyProcessor.ReplaceTrailingMatchAndConverter(
            UpgradeJson.Array(info, 4, "the info (parse rules, content, match, converter)"), context);
}
