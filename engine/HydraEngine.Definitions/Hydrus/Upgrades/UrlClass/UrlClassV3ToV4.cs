using System.Text.Json.Nodes;

namespace HydraEngine.Definitions.Hydrus.Upgrades.UrlClass;

/// <summary>v4 inserts <c>can_produce_multiple_files = false</c> before <c>should_be_associated_with_files</c>.</summary>
internal sealed class UrlClassV3ToV4 : IUpgradeStep
{
    public int TypeId => HydrusTypes.UrlClass;

    public int FromVersion => 3;

    public JsonNode? Apply(JsonNode? info, UpgradeContext context)
    {
        var fields = UpgradeJson.Array(info, 11, "the URL class v3 info");
        fields.Insert(9, false);
        return fields;
    }
}
