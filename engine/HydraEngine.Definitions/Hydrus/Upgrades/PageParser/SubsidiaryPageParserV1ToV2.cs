using System.Text.Json.Nodes;

namespace HydraEngine.Definitions.Hydrus.Upgrades.PageParser;

/// <summary>v2 inserts <c>sort_posts_by_source_time = false</c> between the formula and the page parser.</summary>
internal sealed class SubsidiaryPageParserV1ToV2 : IUpgradeStep
{
    public int TypeId => HydrusTypes.SubsidiaryPageParser;

    public int FromVersion => 1;

    public JsonNode? Apply(JsonNode? info, UpgradeContext context)
    {
        var fields = UpgradeJson.Array(info, 2, "the info (formula, page parser)");
        fields.Insert(1, false);
        return fields;
    }
}
