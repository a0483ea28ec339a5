using HydraEngine.Plugins.Manifests;

namespace HydraEngine.Plugins.Loading;

/// <summary>One plugin folder as the host found it: its manifest (when readable), its state, and the plugin when loaded.</summary>
internal sealed record PluginEntry(string Folder, PluginManifest? Manifest, PluginState State, string? Error, LoadedPlugin? Loaded = null)
{
    public string Id => Manifest?.Id ?? Path.GetFileName(Folder);

    /// <summary>The current picture: a loaded plugin that misbehaved since reads as disabled.</summary>
    public PluginInfo Info => Loaded is { DisabledReason: { } reason }
        ? new PluginInfo(Id, Manifest!.Version, Manifest.ContractVersion.ToString(), PluginState.Disabled, reason, Folder)
        : new PluginInfo(Id, Manifest?.Version ?? "", Manifest?.ContractVersion.ToString() ?? "", State, Error, Folder);
}
