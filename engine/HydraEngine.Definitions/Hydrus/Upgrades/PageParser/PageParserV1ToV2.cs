using System.Text.Json.Nodes;

namespace HydraEngine.Definitions.Hydrus.Upgrades.PageParser;

/// <summary>v2 appends the example parsing context <c>{"url": "https://example.com/posts/index.php?id=123456"}</c>.</summary>
internal sealed class PageParserV1ToV2 : IUpgradeStep
{
    public const string DefaultExampleUrl = "https://example.com/posts/index.php?id=123456";

    public int TypeId => HydrusTypes.PageParser;

    public int FromVersion => 1;

    public JsonNode? Apply(JsonNode? info, UpgradeContext context)
    {
        var fields = UpgradeJson.Array(info, 6, "the info (name, key, converter, subsidiaries, content parsers, example urls)");
        fields.Add(new JsonObject { ["url"] = DefaultExampleUrl });
        return fields;
    }
}
