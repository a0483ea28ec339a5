using HydraEngine.Plugins.Manifests;

namespace HydraEngine.Plugins.Loading;

/// <summary>A plugin that loaded and registered; it stays in use until it misbehaves.</summary>
internal sealed class LoadedPlugin(PluginManifest manifest, string folder, RegisteredExtensions extensions)
{
    private string? disabledReason;

    public PluginManifest Manifest { get; } = manifest;

    public string Id => Manifest.Id;

    public string Folder { get; } = folder;

    public RegisteredExtensions Extensions { get; } = extensions;

    /// <summary>Serialises calls into one notification sink or exporter, as the contract promises.</summary>
    public Lock CallGate { get; } = new();

    public bool IsActive => Volatile.Read(ref disabledReason) is null;

    public string? DisabledReason => Volatile.Read(ref disabledReason);

    /// <summary>Marks the plugin disabled; false when it already was.</summary>
    public bool TryDisable(string reason) => Interlocked.CompareExchange(ref disabledReason, reason, null) is null;
}
