using System.Text.Json.Nodes;

namespace HydraEngine.Definitions.Hydrus.Upgrades.Formulae;

/// <summary>v7 folds the String Match and String Converter into a String Processor.</summary>
internal sealed class HtmlFormulaV6ToV7 : IUpgradeStep
{
    public int TypeId => HydrusTypes.HtmlFormula;

    public int FromVersion => 6;

    public JsonNode? Apply(JsonNode? info, UpgradeContext context) =>
        LegacyProcessor.ReplaceTrailingMatchAndConverter(
            UpgradeJson.Array(info, 5, "the info (tag rules, content, attribute, match, converter)"), context);
}
