using System.Text.Json;
using System.Text.Json.Nodes;
using HydraEngine.Definitions.Diagnostics;
using HydraEngine.Definitions.Native;
using HydraEngine.Model.Common;

namespace HydraEngine.Plugins.Adapters;

/// <summary>One place a definition uses a plugin's kind.</summary>
/// <param name="Pointer">A JSON Pointer into the definition's native form.</param>
/// <param name="Kind">The kind word.</param>
/// <param name="Plugin">The plugin that provides it.</param>
public sealed record PluginKindUse(string Pointer, string Kind, string Plugin);

/// <summary>
/// Finds the plugin kinds a definition uses. hydrus has no such kinds, so a definition holding one can be written
/// only as native JSON: <see cref="EnsureHydrusExportable"/> says so, naming each use, before a hydrus export.
/// </summary>
public static class PluginKindUses
{
    public static IReadOnlyList<PluginKindUse> Find(Definition definition)
    {
        var uses = new List<PluginKindUse>();
        Walk(NativeDefinitionWriter.ToNode(definition), "", uses);
        return uses;
    }

    /// <summary>Throws <see cref="InvalidOperationException"/>, naming every plugin kind in use, when the definition has no hydrus form.</summary>
    public static void EnsureHydrusExportable(Definition definition)
    {
        var uses = Find(definition);
        if (uses.Count > 0)
        {
            throw new InvalidOperationException(
                $"this definition cannot be written for hydrus (as a PNG or hydrus JSON): it uses {string.Join("; ", uses.Select(use => $"\"{use.Kind}\" from the plugin {use.Plugin} at {(use.Pointer.Length == 0 ? "/" : use.Pointer)}"))}, "
                + "which hydrus does not have. Save it as native JSON (.json) instead, or replace those parts with built-in kinds.");
        }
    }

    private static void Walk(JsonNode? node, string pointer, List<PluginKindUse> uses)
    {
        switch (node)
        {
            case JsonObject map:
                if (map["plugin"] is JsonValue plugin && plugin.GetValueKind() == JsonValueKind.String && map["kind"] is JsonValue kind && map["settings"] is JsonObject)
                {
                    uses.Add(new PluginKindUse(pointer, kind.GetValue<string>(), plugin.GetValue<string>()));
                }

                foreach (var (key, value) in map)
                {
                    Walk(value, JsonPointer.Append(pointer, key), uses);
                }

                break;
            case JsonArray array:
                for (var i = 0; i < array.Count; i++)
                {
                    Walk(array[i], JsonPointer.Append(pointer, i), uses);
                }

                break;
        }
    }
}
