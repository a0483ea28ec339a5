using System.Text.Json.Nodes;

namespace HydraEngine.Definitions.Hydrus.Upgrades.UrlClass;

/// <summary>v8 inserts <c>alphabetise_get_parameters = true</c> after <c>keep_matched_subdomains</c>.</summary>
internal sealed class UrlClassV7ToV8 : IUpgradeStep
{
    public int TypeId => HydrusTypes.UrlClass;

    public int FromVersion => 7;

    public JsonNode? Apply(JsonNode? info, UpgradeContext context)
    {
        var fields = UpgradeJson.Array(info, 17, "the URL class v7 info");
        fields.Insert(6, true);
        return fields;
    }
}
