using System.Text.Json.Nodes;

namespace HydraEngine.Definitions.Hydrus.Upgrades.Containers;

/// <summary>List v1 held bare serialisable tuples; v2 pairs each with <c>is_serialised = true</c>.</summary>
internal sealed class SerialisableListV1ToV2 : IUpgradeStep
{
    public int TypeId => HydrusTypes.List;

    public int FromVersion => 1;

    public JsonNode? Apply(JsonNode? info, UpgradeContext context)
    {
        var items = UpgradeJson.TakeAll(UpgradeJson.Array(info, "the list items"));
        return new JsonArray(items.Select(item => (JsonNode?)new JsonArray(true, item)).ToArray());
    }
}
