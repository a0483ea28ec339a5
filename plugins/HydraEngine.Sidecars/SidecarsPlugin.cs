using HydraEngine.Abstractions;

namespace HydraEngine.Sidecars;

/// <summary>
/// Sidecar files: on export, a hydrus-style <c>&lt;file&gt;.txt</c> of tags beside the exported file; on import,
/// a JSON metadata sidecar <c>&lt;hash&gt;.json</c> in the plugin's data folder.
/// </summary>
public sealed class SidecarsPlugin : IHydraPlugin
{
    public void Register(IPluginRegistry registry)
    {
        registry.AddExporter(new TagSidecarExporter());
        registry.AddImportHook(new MetadataSidecarHook(registry.DataFolder));
    }
}
