using System.Text.Json.Nodes;

namespace HydraEngine.Definitions.Hydrus.Upgrades.UrlClass;

/// <summary>v3 inserts <c>should_be_associated_with_files</c> before the example url: true for file
/// and post url classes.</summary>
internal sealed class UrlClassV2ToV3 : IUpgradeStep
{
    public int TypeId => HydrusTypes.UrlClass;

    public int FromVersion => 2;

    public JsonNode? Apply(JsonNode? info, UpgradeContext context)
    {
        var fields = UpgradeJson.Array(info, 10, "the URL class v2 info");
        var urlType = fields[1];
        var associated = PythonValues.EqualsInteger(urlType, UrlTypes.File) || PythonValues.EqualsInteger(urlType, UrlTypes.Post);
        fields.Insert(9, associated);
        return fields;
    }
}
