using System.Text.Json.Nodes;

namespace HydraEngine.Definitions.Hydrus.Upgrades.Formulae;

/// <summary>v2 folds the String Match and String Converter into a String Processor.</summary>
internal sealed class ContextVariableFormulaV1ToV2 : IUpgradeStep
{
    public int TypeId => HydrusTypes.ContextVariableFormula;

    public int FromVersion => 1;

    public JsonNode? Apply(JsonNode? info, UpgradeContext context) =>
        LegacyProcessor.ReplaceTrailingMatchAndConverter(
            UpgradeJson.Array(info, 3, "the info (variable name, match, converter)"), context);
}
