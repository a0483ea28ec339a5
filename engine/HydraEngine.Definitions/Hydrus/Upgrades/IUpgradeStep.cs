using System.Text.Json.Nodes;

namespace HydraEngine.Definitions.Hydrus.Upgrades;

/// <summary>
/// One hydrus upgrade step: turns the serialised <c>info</c> of <see cref="TypeId"/> at
/// <see cref="FromVersion"/> into the info of version <c>FromVersion + 1</c>.
/// Steps work on JSON only; they never build model records.
/// </summary>
internal interface IUpgradeStep
{
    int TypeId { get; }

    int FromVersion { get; }

    /// <summary>Returns the upgraded info. May mutate and return <paramref name="info"/>.
    /// Throws <see cref="UpgradeException"/> when the stored info does not have the expected shape.</summary>
    JsonNode? Apply(JsonNode? info, UpgradeContext context);
}
