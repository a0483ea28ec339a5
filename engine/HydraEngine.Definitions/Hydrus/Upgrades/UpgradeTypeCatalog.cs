using System.Collections.Frozen;

namespace HydraEngine.Definitions.Hydrus.Upgrades;

/// <summary>
/// The types the upgrader can bring to their current version: every type of <see cref="HydrusTypes"/>
/// plus the few hydrus types that have upgrade steps but never appear inside downloader PNGs.
/// </summary>
internal static class UpgradeTypeCatalog
{
    public const int NetworkContext = 47;

    private static readonly FrozenDictionary<int, HydrusTypeInfo> UpgradeOnlyTypes = new HydrusTypeInfo[]
    {
        new(NetworkContext, "Network Context", 2, false),
    }.ToFrozenDictionary(info => info.TypeId);

    public static HydrusTypeInfo? Find(int typeId) =>
        HydrusTypes.Find(typeId) ?? UpgradeOnlyTypes.GetValueOrDefault(typeId);

    public static HydrusTypeInfo Require(int typeId) =>
        Find(typeId) ?? throw new UpgradeException($"type id {typeId} is not a hydrus serialisable type HydraEngine knows");

    public static bool IsNamed(int typeId) => HydrusTypes.IsNamed(typeId);
}
