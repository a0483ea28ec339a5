using System.Text.Json.Nodes;

namespace HydraEngine.Definitions.Hydrus.Upgrades.Formulae;

/// <summary>v2 folds the String Match and String Converter into a String Processor.</summary>
internal sealed class ZipperFormulaV1ToV2 : IUpgradeStep
{
    public int TypeId => HydrusTypes.ZipperFormula;

    public int FromVersion => 1;

    public JsonNode? Apply(JsonNode? info, UpgradeContext context) =>
        LegacyProcessor.ReplaceTrailingMatchAndConverter(
            UpgradeJson.Array(info, 4, "the info (formulae, substitution phrase, match, converter)"), context);
}
