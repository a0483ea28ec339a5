using System.Text.Json.Nodes;

namespace HydraEngine.Definitions.Hydrus.Upgrades.UrlClass;

/// <summary>v10 inserts <c>header_overrides = []</c> (pairs of header name and value) after the parameters.</summary>
internal sealed class UrlClassV9ToV10 : IUpgradeStep
{
    public int TypeId => HydrusTypes.UrlClass;

    public int FromVersion => 9;

    public JsonNode? Apply(JsonNode? info, UpgradeContext context)
    {
        var fields = UpgradeJson.Array(info, 14, "the URL class v9 info");
        fields.Insert(7, new JsonArray());
        return fields;
    }
}
