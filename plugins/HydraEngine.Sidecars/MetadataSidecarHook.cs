using System.Text.Json;
using HydraEngine.Abstractions;

namespace HydraEngine.Sidecars;

/// <summary>
/// On import, writes <c>&lt;hash&gt;.json</c> into the plugin's data folder:
/// <c>{"hash", "mime", "tags": {"service": ["tag", ...]}, "urls": [...], "notes": {"name": "text"}}</c>.
/// A later import of the same file rewrites it with what the store then knows.
/// </summary>
internal sealed class MetadataSidecarHook(string folder) : IImportHook
{
    private static readonly JsonSerializerOptions Indented = new() { WriteIndented = true };

    public void OnImported(FileDetails file)
    {
        var metadata = new SortedDictionary<string, object>(StringComparer.Ordinal)
        {
            ["hash"] = file.Hash,
            ["mime"] = file.Mime,
            ["tags"] = new SortedDictionary<string, IReadOnlyList<string>>(file.TagsByService.ToDictionary(), StringComparer.Ordinal),
            ["urls"] = file.Urls,
            ["notes"] = new SortedDictionary<string, string>(file.Notes.ToDictionary(), StringComparer.Ordinal),
        };
        SidecarFiles.WriteAtomically(Path.Combine(folder, file.Hash + ".json"), JsonSerializer.Serialize(metadata, Indented) + "\n");
    }
}
