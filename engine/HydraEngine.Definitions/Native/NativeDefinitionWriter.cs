using System.Text.Json;
using System.Text.Json.Nodes;
using HydraEngine.Model.Common;

namespace HydraEngine.Definitions.Native;

/// <summary>
/// Writes model records as HydraEngine's native JSON: readable snake_case field names, enums as words,
/// a <c>"kind"</c> wherever the position is polymorphic (and always at the top).
/// </summary>
public static class NativeDefinitionWriter
{
    /// <summary>
    /// The top-level key that carries a bundle's test packs (saved documents and expected results, read by the library);
    /// the definition reader lets it stand beside <c>"kind"</c> at the root.
    /// </summary>
    public const string TestPacksKey = "test_packs";

    public const string SchemaReference = "https://hydraengine.invalid/schema/hydra-definition.schema.json";

    private static readonly JsonSerializerOptions Indented = new() { WriteIndented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static JsonObject ToNode(Definition definition)
    {
        var node = (JsonObject)WriteRecord(definition, forceKind: true);
        return node;
    }

    public static string ToJson(Definition definition) => ToNode(definition).ToJsonString(Indented);

    /// <summary>Native JSON text (indented, as <see cref="ToJson"/>) of a node built from <see cref="ToNode"/>.</summary>
    public static string ToJson(JsonNode node) => node.ToJsonString(Indented);

    private static JsonNode? Write(object? value, Type declared)
    {
        var type = NativeValueTypes.Unwrap(declared);
        return value switch
        {
            null => null,
            string text => text,
            bool flag => flag,
            int number => number,
            long number => number,
            double number => number,
            Enum word => NamingPolicy.SnakeCase(word.ToString()),
            _ when NativeValueTypes.IsEquatableArray(type, out var element) => WriteArray(value, element),
            _ => WriteRecord(value, forceKind: NativeKindCatalogue.IsPolymorphic(type)),
        };
    }

    private static JsonNode WriteArray(object array, Type element)
    {
        if (NativeValueTypes.IsStringPairs(element))
        {
            var map = new JsonObject();
            foreach (var (key, value) in (IEnumerable<KeyValuePair<string, string>>)array)
            {
                map[key] = value;
            }

            return map;
        }

        if (NativeValueTypes.IsValuePairs(element))
        {
            var values = new JsonObject();
            foreach (var (key, value) in (IEnumerable<KeyValuePair<string, PlainValue>>)array)
            {
                values[key] = JsonNode.Parse(value.Json);
            }

            return values;
        }

        var items = new JsonArray();
        foreach (var item in (System.Collections.IEnumerable)array)
        {
            items.Add(Write(item, element));
        }

        return items;
    }

    private static JsonNode WriteRecord(object record, bool forceKind)
    {
        var shape = NativeTypeShape.Of(record.GetType());
        var node = new JsonObject();
        if (forceKind)
        {
            node["kind"] = NativeKindCatalogue.KindOf(record.GetType());
        }

        foreach (var field in shape.Fields)
        {
            node[field.Name] = Write(field.Property.GetValue(record), field.Type);
        }

        return node;
    }
}
