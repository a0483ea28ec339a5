using System.Text.Json.Nodes;

namespace HydraEngine.Definitions.Hydrus.Upgrades.Formulae;

/// <summary>
/// v6 turns the <c>[name, attrs, index]</c> tag rules into a List of Parse Rule HTML objects
/// (descending, no depth, no string test). As hydrus's rule constructor does, null attributes become {}.
/// </summary>
internal sealed class HtmlFormulaV5ToV6 : IUpgradeStep
{
    private const int Descending = 0;

    public int TypeId => HydrusTypes.HtmlFormula;

    public int FromVersion => 5;

    public JsonNode? Apply(JsonNode? info, UpgradeContext context)
    {
        var fields = UpgradeJson.Array(info, 5, "the info (tag rules, content, attribute, match, converter)");
        var rules = UpgradeJson.TakeAll(UpgradeJson.Array(fields[0], "the tag rules"));
        fields[0] = DefaultTuples.List(rules.Select(ToParseRule));
        return fields;
    }

    private static JsonNode ToParseRule(JsonNode? storedRule)
    {
        var rule = UpgradeJson.TakeAll(UpgradeJson.Array(storedRule, 3, "each tag rule (name, attributes, index)"));
        var attributes = rule[1] ?? new JsonObject();
        var info = new JsonArray(Descending, rule[0], attributes, rule[2], null, false, DefaultTuples.AnyStringMatch());
        return new JsonArray(HydrusTypes.HtmlParseRule, 3, info);
    }
}
