using System.Text.Json.Nodes;

namespace HydraEngine.Definitions.Hydrus.Upgrades.Containers;

/// <summary>List v2 items <c>[is_serialised, x]</c> become meta tuples <c>[2, x]</c> or <c>[0, x]</c>
/// (hydrus tests the flag with Python truthiness).</summary>
internal sealed class SerialisableListV2ToV3 : IUpgradeStep
{
    public int TypeId => HydrusTypes.List;

    public int FromVersion => 2;

    public JsonNode? Apply(JsonNode? info, UpgradeContext context)
    {
        var items = UpgradeJson.Array(info, "the list items");
        foreach (var node in items)
        {
            var item = UpgradeJson.Array(node, 2, "each list item [is_serialised, value]");
            item[0] = PythonValues.IsTruthy(item[0]) ? MetaTypes.Serialisable : MetaTypes.Plain;
        }

        return items;
    }
}
