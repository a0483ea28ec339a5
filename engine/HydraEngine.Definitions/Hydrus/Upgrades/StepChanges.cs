using System.Text.Json.Nodes;

namespace HydraEngine.Definitions.Hydrus.Upgrades;

/// <summary>hydrus's <c>MakesChanges()</c> for the objects old upgrades must inspect (current-version tuples).</summary>
internal static class StepChanges
{
    private const int StringMatchAny = 3;

    /// <summary>A String Match makes changes when a length limit is set or its type is not ANY.</summary>
    public static bool StringMatchMakesChanges(JsonArray stringMatch)
    {
        var info = UpgradeJson.Array(stringMatch[^1], 5, "the String Match info");
        return info[2] is not null || info[3] is not null || !PythonValues.EqualsInteger(info[0], StringMatchAny);
    }

    /// <summary>A String Converter makes changes when it has at least one conversion.</summary>
    public static bool ConverterMakesChanges(JsonArray converter)
    {
        var info = UpgradeJson.Array(converter[^1], 2, "the String Converter info");
        return UpgradeJson.Array(info[0], "the conversions").Count > 0;
    }
}
