using System.Text.Json.Nodes;

namespace HydraEngine.Definitions.Hydrus.Upgrades.PageParser;

/// <summary>
/// v2 kept subsidiary page parsers as a plain array of <c>[formula, page_parser]</c> pairs; v3 keeps a
/// List of Subsidiary Page Parser objects <c>(formula, sort_posts_by_source_time = false, page_parser)</c>.
/// Hydrus loads both halves to build the new object, so they are upgraded here too: a half that
/// cannot be upgraded fails this step, as it fails hydrus's.
/// </summary>
internal sealed class PageParserV2ToV3 : IUpgradeStep
{
    private const int SubsidiariesField = 3;

    public int TypeId => HydrusTypes.PageParser;

    public int FromVersion => 2;

    public JsonNode? Apply(JsonNode? info, UpgradeContext context)
    {
        var fields = UpgradeJson.Array(info, 7, "the info (name, key, converter, subsidiaries, content parsers, example urls, example context)");
        var pairs = UpgradeJson.TakeAll(UpgradeJson.Array(fields[SubsidiariesField], "the subsidiary page parsers"));
        fields[SubsidiariesField] = DefaultTuples.List(pairs.Select(pair => ToSubsidiaryPageParser(pair, context)));
        return fields;
    }

    private static JsonNode ToSubsidiaryPageParser(JsonNode? storedPair, UpgradeContext context)
    {
        var pair = UpgradeJson.TakeAll(UpgradeJson.Array(storedPair, 2, "each subsidiary page parser pair (formula, page parser)"));
        var formula = context.UpgradeChild(pair[0]);
        var pageParser = context.UpgradeChild(pair[1]);
        return new JsonArray(HydrusTypes.SubsidiaryPageParser, 2, new JsonArray(formula, false, pageParser));
    }
}
