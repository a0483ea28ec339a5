using System.Text.Json.Nodes;
using HydraEngine.Definitions.Hydrus.Upgrades;

namespace HydraEngine.Definitions.Tests.Hydrus.Upgrades;

/// <summary>Runs upgrades on JSON text and compares the result with expected JSON text (as parsed JSON).</summary>
internal static class UpgradeAssert
{
    /// <summary>Upgrades a whole stored tuple tree (top level and every nested tuple).</summary>
    public static void FullyUpgrades(string stored, string expected, UpgradeContext? context = null)
    {
        var upgraded = RecursiveUpgrader.Upgrade(JsonNode.Parse(stored), context ?? TestKeys.Context());
        JsonEqual(upgraded, expected);
    }

    /// <summary>Applies one step to a stored info and compares the info it returns.</summary>
    public static void StepUpgrades(IUpgradeStep step, string storedInfo, string expectedInfo, UpgradeContext? context = null)
    {
        var upgraded = step.Apply(JsonNode.Parse(storedInfo), context ?? TestKeys.Context());
        JsonEqual(upgraded, expectedInfo);
    }

    /// <summary>Applies one step to a stored info and returns the error message it fails with.</summary>
    public static string StepFails(IUpgradeStep step, string storedInfo) =>
        Should.Throw<UpgradeException>(() => step.Apply(JsonNode.Parse(storedInfo), TestKeys.Context())).Message;

    public static void JsonEqual(JsonNode? actual, string expected)
    {
        var expectedNode = JsonNode.Parse(expected);
        JsonNode.DeepEquals(actual, expectedNode).ShouldBeTrue(
            $"\nexpected: {expectedNode?.ToJsonString() ?? "null"}\nactual:   {actual?.ToJsonString() ?? "null"}");
    }
}
