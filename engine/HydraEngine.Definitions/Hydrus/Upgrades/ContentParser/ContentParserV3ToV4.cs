using System.Text.Json.Nodes;

namespace HydraEngine.Definitions.Hydrus.Upgrades.ContentParser;

/// <summary>v4 inserts <c>sort_type = 0 (none), sort_asc = false</c> before the additional info.</summary>
internal sealed class ContentParserV3ToV4 : IUpgradeStep
{
    public int TypeId => HydrusTypes.ContentParser;

    public int FromVersion => 3;

    public JsonNode? Apply(JsonNode? info, UpgradeContext context)
    {
        var fields = UpgradeJson.Array(info, 4, "the info (name, content type, formula, additional info)");
        fields.Insert(3, 0);
        fields.Insert(4, false);
        return fields;
    }
}
