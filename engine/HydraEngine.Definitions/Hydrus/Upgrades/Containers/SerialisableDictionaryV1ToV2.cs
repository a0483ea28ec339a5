using System.Text.Json.Nodes;

namespace HydraEngine.Definitions.Hydrus.Upgrades.Containers;

/// <summary>
/// Dictionary v1 kept four pair lists (simple→simple, simple→serialisable, serialisable→simple,
/// serialisable→serialisable); v2 is one list of <c>[meta_key, meta_value]</c>, concatenated in that order.
/// </summary>
internal sealed class SerialisableDictionaryV1ToV2 : IUpgradeStep
{
    private static readonly (int Key, int Value)[] GroupMetaTypes =
    [
        (MetaTypes.Plain, MetaTypes.Plain),
        (MetaTypes.Plain, MetaTypes.Serialisable),
        (MetaTypes.Serialisable, MetaTypes.Plain),
        (MetaTypes.Serialisable, MetaTypes.Serialisable),
    ];

    public int TypeId => HydrusTypes.Dictionary;

    public int FromVersion => 1;

    public JsonNode? Apply(JsonNode? info, UpgradeContext context)
    {
        var groups = UpgradeJson.TakeAll(UpgradeJson.Array(info, GroupMetaTypes.Length, "the four pair lists"));
        var pairs = new JsonArray();
        for (var group = 0; group < groups.Length; group++)
        {
            var (keyMeta, valueMeta) = GroupMetaTypes[group];
            foreach (var node in UpgradeJson.TakeAll(UpgradeJson.Array(groups[group], "a pair list")))
            {
                var pair = UpgradeJson.TakeAll(UpgradeJson.Array(node, 2, "each dictionary pair [key, value]"));
                pairs.Add(new JsonArray(new JsonArray(keyMeta, pair[0]), new JsonArray(valueMeta, pair[1])));
            }
        }

        return pairs;
    }
}
