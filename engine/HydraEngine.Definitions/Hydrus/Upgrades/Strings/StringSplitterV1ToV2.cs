using System.Text.Json.Nodes;

namespace HydraEngine.Definitions.Hydrus.Upgrades.Strings;

/// <summary>From v2 the separator is read with Python escape rules, so v1's literal backslashes are doubled.</summary>
internal sealed class StringSplitterV1ToV2 : IUpgradeStep
{
    public int TypeId => HydrusTypes.StringSplitter;

    public int FromVersion => 1;

    public JsonNode? Apply(JsonNode? info, UpgradeContext context)
    {
        var fields = UpgradeJson.Array(info, 2, "the info (separator, max splits)");
        fields[0] = EscapedText.DoubleBackslashes(fields[0], "the separator");
        return fields;
    }
}
