using System.Text.Json.Nodes;

namespace HydraEngine.Definitions.Hydrus.Upgrades.Formulae;

/// <summary>v4 inserts the formula's name ("") before the processor.</summary>
internal sealed class JsonFormulaV3ToV4 : IUpgradeStep
{
    public int TypeId => HydrusTypes.JsonFormula;

    public int FromVersion => 3;

    public JsonNode? Apply(JsonNode? info, UpgradeContext context) =>
        FormulaName.InsertBeforeProcessor(info, 3, "the info (parse rules, content, processor)");
}
