using System.Text.Json.Nodes;

namespace HydraEngine.Repositories.Protocol;

/// <summary>
/// hydrus's serialisable dictionary (type 21, version 2), the envelope of every request and response body:
/// <c>[21, 2, [[[meta, key], [meta, value]], …]]</c> where meta 0 is plain JSON, 1 hex bytes and 2 a nested
/// serialisable tuple.
/// </summary>
internal static class SerialisableDictionary
{
    public const int TypeId = 21;
    public const int Plain = 0;
    public const int Bytes = 1;
    public const int Serialisable = 2;

    /// <summary>Builds the envelope; each value is given with its meta type.</summary>
    public static JsonArray Build(params (string Key, int Meta, JsonNode? Value)[] entries)
    {
        var pairs = new JsonArray();
        foreach (var (key, meta, value) in entries)
        {
            pairs.Add(new JsonArray(new JsonArray(Plain, key), new JsonArray(meta, value)));
        }

        return new JsonArray(TypeId, 2, pairs);
    }

    /// <summary>Reads the envelope into key → value (meta types dropped: hex stays a string, tuples stay JSON).</summary>
    public static IReadOnlyDictionary<string, JsonNode?> Read(JsonNode node, string what)
    {
        if (node is not JsonArray { Count: 3 } envelope || envelope[0]?.GetValue<int>() != TypeId || envelope[2] is not JsonArray pairs)
        {
            throw new RepositoryException($"{what} is not a hydrus serialisable dictionary ([21, 2, …])");
        }

        var result = new Dictionary<string, JsonNode?>(StringComparer.Ordinal);
        foreach (var pair in pairs)
        {
            if (pair is JsonArray { Count: 2 } kv && kv[0] is JsonArray { Count: 2 } key && kv[1] is JsonArray { Count: 2 } value)
            {
                result[key[1]?.ToString() ?? ""] = value[1];
            }
        }

        return result;
    }

    /// <summary>A required entry, with an error naming what was missing.</summary>
    public static JsonNode Require(this IReadOnlyDictionary<string, JsonNode?> dictionary, string key, string what) =>
        dictionary.TryGetValue(key, out var value) && value is not null
            ? value
            : throw new RepositoryException($"{what} has no '{key}'");
}
