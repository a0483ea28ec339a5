using System.Text.Json.Nodes;

namespace HydraEngine.Definitions.Hydrus.Upgrades.Strings;

/// <summary>
/// From v2 the joiner is read with Python escape rules, so v1's literal backslashes are doubled.
/// Hydrus's step also writes the tuple size of a fresh joiner (null) instead of the stored one; this
/// bug is reproduced so upgraded joiners match hydrus's.
/// </summary>
internal sealed class StringJoinerV1ToV2 : IUpgradeStep
{
    public int TypeId => HydrusTypes.StringJoiner;

    public int FromVersion => 1;

    public JsonNode? Apply(JsonNode? info, UpgradeContext context)
    {
        var fields = UpgradeJson.Array(info, 2, "the info (joiner, join tuple size)");
        fields[0] = EscapedText.DoubleBackslashes(fields[0], "the joiner");
        fields[1] = null;
        return fields;
    }
}
