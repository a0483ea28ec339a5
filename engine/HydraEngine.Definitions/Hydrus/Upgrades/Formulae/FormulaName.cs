using System.Text.Json.Nodes;

namespace HydraEngine.Definitions.Hydrus.Upgrades.Formulae;

/// <summary>Formulae gained a UI name (default "") just before their processor.</summary>
internal static class FormulaName
{
    public static JsonArray InsertBeforeProcessor(JsonNode? info, int expectedLength, string what)
    {
        var fields = UpgradeJson.Array(info, expectedLength, what);
        fields.Insert(expectedLength - 1, "");
        return fields;
    }
}
