using System.Text.Json.Nodes;

namespace HydraEngine.Definitions.Hydrus.Upgrades.Formulae;

/// <summary>v3 inserts the formula's name ("") before the processor.</summary>
internal sealed class ZipperFormulaV2ToV3 : IUpgradeStep
{
    public int TypeId => HydrusTypes.ZipperFormula;

    public int FromVersion => 2;

    public JsonNode? Apply(JsonNode? info, UpgradeContext context) =>
        FormulaName.InsertBeforeProcessor(info, 3, "the info (formulae, substitution phrase, processor)");
}
