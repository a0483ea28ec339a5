using System.Text.Json.Nodes;

namespace HydraEngine.Definitions.Hydrus.Upgrades.Formulae;

/// <summary>v2 inserts the formula's name ("") before the processor.</summary>
internal sealed class NestedFormulaV1ToV2 : IUpgradeStep
{
    public int TypeId => HydrusTypes.NestedFormula;

    public int FromVersion => 1;

    public JsonNode? Apply(JsonNode? info, UpgradeContext context) =>
        FormulaName.InsertBeforeProcessor(info, 3, "the info (main formula, sub formula, processor)");
}
