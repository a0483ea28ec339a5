using System.Text.Json.Nodes;

namespace HydraEngine.Definitions.Hydrus.Upgrades.Formulae;

/// <summary>v8 inserts the formula's name ("") before the processor.</summary>
internal sealed class HtmlFormulaV7ToV8 : IUpgradeStep
{
    public int TypeId => HydrusTypes.HtmlFormula;

    public int FromVersion => 7;

    public JsonNode? Apply(JsonNode? info, UpgradeContext context) =>
        FormulaName.InsertBeforeProcessor(info, 4, "the info (tag rules, content, attribute, processor)");
}
