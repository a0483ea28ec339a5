using System.Text.Json.Nodes;

namespace HydraEngine.Definitions.Hydrus.Upgrades.UrlClass;

/// <summary>v11 inserts <c>has_single_value_parameters = false</c> and its String Match (ANY) after the
/// parameters, before the header overrides.</summary>
internal sealed class UrlClassV10ToV11 : IUpgradeStep
{
    public int TypeId => HydrusTypes.UrlClass;

    public int FromVersion => 10;

    public JsonNode? Apply(JsonNode? info, UpgradeContext context)
    {
        var fields = UpgradeJson.Array(info, 15, "the URL class v10 info");
        fields.Insert(7, false);
        fields.Insert(8, DefaultTuples.AnyStringMatch());
        return fields;
    }
}
