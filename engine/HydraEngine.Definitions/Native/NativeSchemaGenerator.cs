using System.Text.Json.Nodes;
using HydraEngine.Model.Common;

namespace HydraEngine.Definitions.Native;

/// <summary>
/// The JSON Schema (draft 2020-12) of the native format, generated from the same record shapes the reader
/// and writer use, so it can never drift from them. Published as parsers/hydra-definition.schema.json.
/// </summary>
public static class NativeSchemaGenerator
{
    public const string SchemaId = "https://hydraengine.invalid/schema/hydra-definition.schema.json";

    public static JsonObject Generate()
    {
        var definitions = new SortedDictionary<string, JsonNode>(StringComparer.Ordinal);
        var pending = new Queue<Type>(NativeKindCatalogue.KnownTypes.Where(type => typeof(Definition).IsAssignableFrom(type)).OrderBy(type => type.Name, StringComparer.Ordinal));
        var root = Polymorphic(typeof(Definition), pending);
        var done = new HashSet<Type>();
        while (pending.Count > 0)
        {
            var type = pending.Dequeue();
            if (done.Add(type))
            {
                definitions[NativeKindCatalogue.KindOf(type)] = Record(type, pending);
            }
        }

        var schema = new JsonObject
        {
            ["$schema"] = "https://json-schema.org/draft/2020-12/schema",
            ["$id"] = SchemaId,
            ["title"] = "HydraEngine native downloader definition",
            ["description"] = "One hydrus downloader object (or a definition_list bundle) in HydraEngine's readable JSON form. Unknown keys are errors.",
        };
        foreach (var (key, value) in root.AsObject().ToList())
        {
            root.AsObject().Remove(key);
            schema[key] = value;
        }

        schema["$defs"] = new JsonObject(definitions.Select(pair => new KeyValuePair<string, JsonNode?>(pair.Key, pair.Value)));
        return schema;
    }

    private static JsonObject Record(Type type, Queue<Type> pending)
    {
        var properties = new JsonObject { ["kind"] = new JsonObject { ["const"] = NativeKindCatalogue.KindOf(type) } };
        if (typeof(Definition).IsAssignableFrom(type))
        {
            properties["$schema"] = new JsonObject { ["type"] = "string" };
            properties[NativeDefinitionWriter.TestPacksKey] = new JsonObject { ["type"] = "array", ["description"] = "test packs (top level only): [{parser, url, document, expected}]" };
        }

        var required = new JsonArray();
        foreach (var field in NativeTypeShape.Of(type).Fields)
        {
            properties[field.Name] = Field(field.Type, field.IsNullable, pending);
            if (!field.IsNullable)
            {
                required.Add(field.Name);
            }
        }

        return new JsonObject { ["type"] = "object", ["properties"] = properties, ["required"] = required, ["additionalProperties"] = false };
    }

    private static JsonNode Field(Type declared, bool nullable, Queue<Type> pending)
    {
        var schema = Value(NativeValueTypes.Unwrap(declared), pending);
        return nullable ? new JsonObject { ["anyOf"] = new JsonArray(schema, new JsonObject { ["type"] = "null" }) } : schema;
    }

    private static JsonNode Value(Type type, Queue<Type> pending)
    {
        if (type == typeof(string))
        {
            return new JsonObject { ["type"] = "string" };
        }

        if (type == typeof(bool))
        {
            return new JsonObject { ["type"] = "boolean" };
        }

        if (type == typeof(int) || type == typeof(long))
        {
            return new JsonObject { ["type"] = "integer" };
        }

        if (type == typeof(double))
        {
            return new JsonObject { ["type"] = "number" };
        }

        if (type.IsEnum)
        {
            return new JsonObject { ["enum"] = new JsonArray(NativeScalars.Words(type).Select(word => (JsonNode)word).ToArray()) };
        }

        if (NativeValueTypes.IsEquatableArray(type, out var element))
        {
            return NativeValueTypes.IsStringPairs(element) ? new JsonObject { ["type"] = "object", ["additionalProperties"] = new JsonObject { ["type"] = "string" } }
                : NativeValueTypes.IsValuePairs(element) ? new JsonObject { ["type"] = "object" }
                : new JsonObject { ["type"] = "array", ["items"] = Value(element, pending) };
        }

        return NativeKindCatalogue.IsPolymorphic(type) ? Polymorphic(type, pending) : Reference(type, pending);
    }

    private static JsonNode Polymorphic(Type declared, Queue<Type> pending) => new JsonObject
    {
        ["type"] = "object",
        ["required"] = new JsonArray("kind"),
        ["oneOf"] = new JsonArray(NativeKindCatalogue.KnownTypes
            .Where(type => declared.IsAssignableFrom(type) && !type.IsAbstract)
            .OrderBy(NativeKindCatalogue.KindOf, StringComparer.Ordinal)
            .Select(type => Reference(type, pending))
            .ToArray()),
    };

    private static JsonNode Reference(Type type, Queue<Type> pending)
    {
        pending.Enqueue(type);
        return new JsonObject { ["$ref"] = "#/$defs/" + NativeKindCatalogue.KindOf(type) };
    }
}
