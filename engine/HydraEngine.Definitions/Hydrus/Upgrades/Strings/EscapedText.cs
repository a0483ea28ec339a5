using System.Text.Json.Nodes;

namespace HydraEngine.Definitions.Hydrus.Upgrades.Strings;

/// <summary>Turns a literal v1 string into its v2 escaped form.</summary>
internal static class EscapedText
{
    public static JsonNode DoubleBackslashes(JsonNode? node, string what) =>
        UpgradeJson.Text(node, what).Replace("\\", "\\\\", StringComparison.Ordinal);
}
