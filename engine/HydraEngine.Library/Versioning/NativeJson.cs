using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using HydraEngine.Definitions;
using HydraEngine.Definitions.Native;
using HydraEngine.Model.Common;

namespace HydraEngine.Library.Versioning;

/// <summary>The native JSON form of definitions, the form diffs, edits and merges work on.</summary>
internal static class NativeJson
{
    private static readonly JsonSerializerOptions Indented = new() { WriteIndented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    private static readonly JsonSerializerOptions Compact = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static JsonObject Of(Definition definition) => NativeDefinitionWriter.ToNode(definition);

    public static string Text(Definition definition) => NativeDefinitionWriter.ToJson(definition);

    public static string Text(JsonNode node) => node.ToJsonString(Indented);

    /// <summary>A short one-line rendering of a value for change lists (absent = null).</summary>
    public static string? Short(JsonNode? node, bool present = true, int limit = 120)
    {
        if (!present)
        {
            return null;
        }

        var text = node is null ? "null" : node.ToJsonString(Compact);
        return text.Length <= limit ? text : text[..(limit - 1)] + "…";
    }

    /// <summary>Reads native JSON back into a definition; the diagnostics say what is wrong when it does not load.</summary>
    public static DefinitionLoadResult Read(JsonNode node, string source, DefinitionReadOptions reading) => DefinitionLoader.LoadJson(node.ToJsonString(Compact), source, reading);
}
