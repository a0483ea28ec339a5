namespace HydraEngine.Plugins;

/// <summary>What the host knows of one plugin folder.</summary>
/// <param name="Id">The manifest's id (the folder name when the manifest could not be read).</param>
/// <param name="Version">The plugin's version, or "" when unknown.</param>
/// <param name="ContractVersion">The contract it was built against, or "" when unknown.</param>
/// <param name="State">Whether it is in use.</param>
/// <param name="Error">Why it is not in use (load error, incompatibility or the reason it was disabled), or null.</param>
/// <param name="Folder">Its folder.</param>
public sealed record PluginInfo(string Id, string Version, string ContractVersion, PluginState State, string? Error, string Folder);

public enum PluginState
{
    /// <summary>Loaded and in use.</summary>
    Enabled,

    /// <summary>Disabled by the user, or after it misbehaved (threw, hung or returned garbage); see <see cref="PluginInfo.Error"/>.</summary>
    Disabled,

    /// <summary>Could not be loaded: a bad manifest, a missing or broken assembly, no plugin class.</summary>
    Failed,

    /// <summary>Built for a contract this host cannot run (another major, or a newer minor).</summary>
    Incompatible,
}
