using System.Text.Json.Nodes;

namespace HydraEngine.Definitions.Hydrus.Upgrades.UrlClass;

/// <summary>v5 inserts the next-gallery-page fields before the example url: type null, identifier
/// null, delta 1.</summary>
internal sealed class UrlClassV4ToV5 : IUpgradeStep
{
    public int TypeId => HydrusTypes.UrlClass;

    public int FromVersion => 4;

    public JsonNode? Apply(JsonNode? info, UpgradeContext context)
    {
        var fields = UpgradeJson.Array(info, 12, "the URL class v4 info");
        fields.Insert(11, null);
        fields.Insert(12, null);
        fields.Insert(13, 1);
        return fields;
    }
}
