using System.Text.Json.Nodes;

namespace HydraEngine.Definitions.Hydrus.Upgrades.UrlClass;

/// <summary>v7 inserts, after the API lookup converter, <c>send_referral_url = 0</c> (only if provided)
/// and an empty referral url converter.</summary>
internal sealed class UrlClassV6ToV7 : IUpgradeStep
{
    public const string ReferralConverterExample = "https://hostname.com/post/page.php?id=123456&s=view";

    public int TypeId => HydrusTypes.UrlClass;

    public int FromVersion => 6;

    public JsonNode? Apply(JsonNode? info, UpgradeContext context)
    {
        var fields = UpgradeJson.Array(info, 15, "the URL class v6 info");
        fields.Insert(9, 0);
        fields.Insert(10, DefaultTuples.EmptyConverter(ReferralConverterExample));
        return fields;
    }
}
