using System.Text.Json.Nodes;

namespace HydraEngine.Definitions.Hydrus.Upgrades.Formulae;

/// <summary>
/// v1 parse rules were bare values; v2 rules are <c>[type, param]</c>: null → all items <c>[1, null]</c>,
/// an integer → indexed item <c>[2, n]</c> (Python booleans are integers too), anything else → a
/// dictionary key matched by a FIXED String Match of that value.
/// </summary>
internal sealed class JsonFormulaV1ToV2 : IUpgradeStep
{
    private const int DictionaryKey = 0;
    private const int AllItems = 1;
    private const int IndexedItem = 2;
    private const int StringMatchFixed = 0;

    public int TypeId => HydrusTypes.JsonFormula;

    public int FromVersion => 1;

    public JsonNode? Apply(JsonNode? info, UpgradeContext context)
    {
        var fields = UpgradeJson.Array(info, 4, "the info (parse rules, content, match, converter)");
        var rules = UpgradeJson.TakeAll(UpgradeJson.Array(fields[0], "the parse rules"));
        fields[0] = new JsonArray(rules.Select(rule => (JsonNode?)ToTypedRule(rule)).ToArray());
        return fields;
    }

    private static JsonArray ToTypedRule(JsonNode? rule)
    {
        if (rule is null)
        {
            return new JsonArray(AllItems, null);
        }

        if (PythonValues.IsInteger(rule))
        {
            return new JsonArray(IndexedItem, rule);
        }

        return new JsonArray(DictionaryKey, DefaultTuples.StringMatch(StringMatchFixed, rule, rule.DeepClone()));
    }
}
