using System.Text.Json.Nodes;

namespace HydraEngine.Definitions.Hydrus.Upgrades.Formulae;

/// <summary>v3 only changed how hydrus reads the rule; the stored info is unchanged.</summary>
internal sealed class HtmlParseRuleV2ToV3 : IUpgradeStep
{
    public int TypeId => HydrusTypes.HtmlParseRule;

    public int FromVersion => 2;

    public JsonNode? Apply(JsonNode? info, UpgradeContext context) => info;
}
