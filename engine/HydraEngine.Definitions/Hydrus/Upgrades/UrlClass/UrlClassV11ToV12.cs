using System.Text.Json.Nodes;

namespace HydraEngine.Definitions.Hydrus.Upgrades.UrlClass;

/// <summary>v12 adds two flags after <c>alphabetise</c>: <c>no_more_path_components_than_this</c> and
/// <c>no_more_parameters_than_this</c>, both false (6 flags become 8).</summary>
internal sealed class UrlClassV11ToV12 : IUpgradeStep
{
    private const int BooleansField = 4;

    public int TypeId => HydrusTypes.UrlClass;

    public int FromVersion => 11;

    public JsonNode? Apply(JsonNode? info, UpgradeContext context)
    {
        var fields = UpgradeJson.Array(info, 17, "the URL class v11 info");
        var booleans = UpgradeJson.Array(fields[BooleansField], 6, "the flags");
        booleans.Insert(3, false);
        booleans.Insert(4, false);
        return fields;
    }
}
