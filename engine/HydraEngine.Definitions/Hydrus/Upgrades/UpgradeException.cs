namespace HydraEngine.Definitions.Hydrus.Upgrades;

/// <summary>The stored info did not have the shape an upgrade step expects.</summary>
internal sealed class UpgradeException(string message) : Exception(message);
