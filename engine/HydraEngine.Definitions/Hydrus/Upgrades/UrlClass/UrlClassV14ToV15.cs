using System.Text.Json.Nodes;

namespace HydraEngine.Definitions.Hydrus.Upgrades.UrlClass;

/// <summary>
/// v15 replaces the netloc by a URL Domain Mask <c>([netloc], [], match_subdomains,
/// keep_matched_subdomains)</c> and drops those two flags from the front of the flags (9 become 7).
/// </summary>
internal sealed class UrlClassV14ToV15 : IUpgradeStep
{
    private const int NetlocField = 3;
    private const int BooleansField = 4;

    public int TypeId => HydrusTypes.UrlClass;

    public int FromVersion => 14;

    public JsonNode? Apply(JsonNode? info, UpgradeContext context)
    {
        var fields = UpgradeJson.Array(info, 17, "the URL class v14 info");
        var booleans = UpgradeJson.Array(fields[BooleansField], 9, "the flags");
        var matchSubdomains = UpgradeJson.Take(booleans, 0);
        var keepMatchedSubdomains = UpgradeJson.Take(booleans, 1);
        booleans.RemoveAt(1);
        booleans.RemoveAt(0);

        var netloc = UpgradeJson.Take(fields, NetlocField);
        var maskInfo = new JsonArray(new JsonArray(netloc), new JsonArray(), matchSubdomains, keepMatchedSubdomains);
        fields[NetlocField] = new JsonArray(HydrusTypes.UrlDomainMask, 1, maskInfo);
        return fields;
    }
}
