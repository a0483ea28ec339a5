using System.Text.Json;
using System.Text.Json.Nodes;
using HydraEngine.Definitions.Diagnostics;

namespace HydraEngine.Definitions.Hydrus;

/// <summary>
/// Builds a <see cref="JsonNode"/> tree from a parsed document as Python's <c>json.loads</c> sees it: a repeated
/// object key keeps its first position and its last value. A lone surrogate escape (<c>"\ud800"</c>), which no
/// definition can hold, is an error diagnostic naming where it is, never an exception.
/// </summary>
internal static class PythonJsonReader
{
    public static JsonNode? ToNode(JsonElement element, string pointer, DiagnosticBag diagnostics)
    {
        switch (element.ValueKind)
        {
            case JsonValueKind.Object:
                var map = new JsonObject();
                foreach (var property in element.EnumerateObject())
                {
                    if (Text(property, pointer, diagnostics) is { } name)
                    {
                        map[name] = ToNode(property.Value, JsonPointer.Append(pointer, name), diagnostics);
                    }
                }

                return map;
            case JsonValueKind.Array:
                var array = new JsonArray();
                var index = 0;
                foreach (var item in element.EnumerateArray())
                {
                    array.Add(ToNode(item, JsonPointer.Append(pointer, index++), diagnostics));
                }

                return array;
            case JsonValueKind.String:
                return Text(element, pointer, diagnostics) is null ? null : JsonValue.Create(element);
            case JsonValueKind.Null:
            case JsonValueKind.Undefined:
                return null;
            default:
                return JsonValue.Create(element);
        }
    }

    private static string? Text(JsonProperty property, string pointer, DiagnosticBag diagnostics)
    {
        try
        {
            return property.Name;
        }
        catch (InvalidOperationException)
        {
            diagnostics.Error(pointer, DiagnosticCodes.JsonText, $"a key here holds a lone surrogate escape ({property.Value.ValueKind} value); definitions hold text only.");
            return null;
        }
    }

    private static string? Text(JsonElement element, string pointer, DiagnosticBag diagnostics)
    {
        try
        {
            return element.GetString();
        }
        catch (InvalidOperationException)
        {
            diagnostics.Error(pointer, DiagnosticCodes.JsonText, $"this string holds a lone surrogate escape ({Shorten(element.GetRawText())}); definitions hold text only.");
            return null;
        }
    }

    private static string Shorten(string raw) => raw.Length > 60 ? raw[..60] + "…" : raw;
}
