using System.Text.Json.Nodes;

namespace HydraEngine.Definitions.Hydrus.Upgrades.Formulae;

/// <summary>v2 appends the tag-string test: <c>should_test_tag_string = false</c> and a String Match (ANY).</summary>
internal sealed class HtmlParseRuleV1ToV2 : IUpgradeStep
{
    public int TypeId => HydrusTypes.HtmlParseRule;

    public int FromVersion => 1;

    public JsonNode? Apply(JsonNode? info, UpgradeContext context)
    {
        var fields = UpgradeJson.Array(info, 5, "the info (rule type, tag name, attributes, index, depth)");
        fields.Add(false);
        fields.Add(DefaultTuples.AnyStringMatch());
        return fields;
    }
}
