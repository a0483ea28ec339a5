using HydraEngine.Definitions.Hydrus.Upgrades;

namespace HydraEngine.Definitions.Tests.Hydrus.Upgrades;

/// <summary>Deterministic object keys for upgrades that generate one: the n-th key is n in 64 hex digits.</summary>
internal static class TestKeys
{
    public static string Key(int number) => number.ToString("x64", System.Globalization.CultureInfo.InvariantCulture);

    public static UpgradeContext Context()
    {
        var issued = 0;
        return new UpgradeContext(() => Key(++issued));
    }
}
