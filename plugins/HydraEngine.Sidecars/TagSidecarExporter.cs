using HydraEngine.Abstractions;

namespace HydraEngine.Sidecars;

/// <summary>
/// hydrus's <c>.txt</c> tag sidecar: beside <c>name.ext</c>, <c>name.ext.txt</c> with one tag per line (UTF-8, no
/// BOM, "\n" after each). It holds the tags of every tag service once each, in ordinal order.
/// </summary>
internal sealed class TagSidecarExporter : IExporter
{
    public void Export(FileDetails file)
    {
        var tags = file.TagsByService.Values.SelectMany(service => service).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal);
        SidecarFiles.WriteAtomically(file.Path + ".txt", string.Concat(tags.Select(tag => tag + "\n")));
    }
}
