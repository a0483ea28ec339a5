using System.Text.Json;
using System.Text.Json.Nodes;
using HydraEngine.Model.Parsing;
using HydraEngine.Model.Strings;

namespace HydraEngine.Parsing.Tracing;

/// <summary>One step of a path into a JSON document: a dictionary key or a list index.</summary>
public sealed record JsonStep(string? Key, int? Index)
{
    public override string ToString() => Key is not null ? $"[{JsonSerializer.Serialize(Key)}]" : $"[{Index}]";
}

/// <summary>JSON rule chains that reach a node by its path: key by key and index by index, or with every index as "all items".</summary>
internal static class JsonChains
{
    /// <summary>The document as JSON (an object or a list), or null when it is not JSON.</summary>
    public static JsonNode? Parse(string text)
    {
        var trimmed = text.AsSpan().TrimStart();
        if (trimmed.Length == 0 || trimmed[0] is not ('{' or '['))
        {
            return null;
        }

        try
        {
            return JsonNode.Parse(text, documentOptions: new JsonDocumentOptions { MaxDepth = 256 });
        }
        catch (JsonException)
        {
            return null;
        }
    }

    /// <summary>Any JSON text as a node (a value that is not JSON stays a string value).</summary>
    public static JsonNode ParseValue(string text)
    {
        try
        {
            return JsonNode.Parse(text, documentOptions: new JsonDocumentOptions { MaxDepth = 256 }) ?? JsonValue.Create("null");
        }
        catch (JsonException)
        {
            return JsonValue.Create(text);
        }
    }

    /// <summary>Every scalar in the document with its path, in document order.</summary>
    public static IEnumerable<(IReadOnlyList<JsonStep> Path, string Text)> Scalars(JsonNode? node, IReadOnlyList<JsonStep> path)
    {
        switch (node)
        {
            case JsonObject dictionary:
                foreach (var (key, value) in dictionary)
                {
                    foreach (var found in Scalars(value, [.. path, new JsonStep(key, null)]))
                    {
                        yield return found;
                    }
                }

                break;
            case JsonArray list:
                for (var i = 0; i < list.Count; i++)
                {
                    foreach (var found in Scalars(list[i], [.. path, new JsonStep(null, i)]))
                    {
                        yield return found;
                    }
                }

                break;
            case JsonValue value:
                yield return (path, Text(value));
                break;
        }
    }

    /// <summary>The node at <paramref name="path"/>, or null when the document has none there.</summary>
    public static JsonNode? At(JsonNode? root, IReadOnlyList<JsonStep> path) =>
        path.Aggregate(root, (node, step) => step.Key is not null
            ? (node as JsonObject)?[step.Key]
            : node is JsonArray list && step.Index is { } index && index >= 0 && index < list.Count ? list[index] : null);

    /// <summary>Python's str() of a scalar, as hydrus fetches it.</summary>
    public static string Text(JsonValue value) => value.GetValueKind() switch
    {
        JsonValueKind.String => value.GetValue<string>(),
        JsonValueKind.True => "True",
        JsonValueKind.False => "False",
        JsonValueKind.Null => "None",
        _ => value.ToJsonString(),
    };

    public static JsonFormula Chain(IReadOnlyList<JsonStep> path, bool everyIndex, JsonContentToFetch fetch) =>
        new([.. path.Select(step => Rule(step, everyIndex))], fetch, "", StringProcessor.Empty);

    private static JsonParseRule Rule(JsonStep step, bool everyIndex) => step.Key is { } key
        ? new JsonDictionaryKey(new StringMatch(StringMatchType.Fixed, key, null, null, key))
        : everyIndex ? new JsonAllItems() : new JsonIndexedItem(step.Index!.Value);
}
