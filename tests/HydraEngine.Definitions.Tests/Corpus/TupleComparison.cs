using System.Text.Json;
using System.Text.Json.Nodes;

namespace HydraEngine.Definitions.Tests.Corpus;

/// <summary>
/// Compares our tuple with hydrus's. Equal as parsed JSON, except that a key our upgrade generated at
/// random (hydrus generates its own) matches any 64-hex string in the same place.
/// </summary>
internal static class TupleComparison
{
    public static string? FirstDifference(JsonNode? ours, JsonNode? theirs, IReadOnlySet<string> generatedKeys, string pointer = "")
    {
        switch (ours, theirs)
        {
            case (JsonArray a, JsonArray b):
                if (a.Count != b.Count)
                {
                    return $"{pointer}: {a.Count} items vs hydrus {b.Count}";
                }

                for (var i = 0; i < a.Count; i++)
                {
                    if (FirstDifference(a[i], b[i], generatedKeys, $"{pointer}/{i}") is { } difference)
                    {
                        return difference;
                    }
                }

                return null;
            case (JsonObject a, JsonObject b):
                if (a.Count != b.Count || a.Any(pair => !b.ContainsKey(pair.Key)))
                {
                    return $"{pointer}: keys {string.Join(",", a.Select(p => p.Key))} vs hydrus {string.Join(",", b.Select(p => p.Key))}";
                }

                foreach (var (key, value) in a)
                {
                    if (FirstDifference(value, b[key], generatedKeys, $"{pointer}/{key}") is { } difference)
                    {
                        return difference;
                    }
                }

                return null;
            case (JsonValue a, JsonValue b) when IsGeneratedKey(a, b, generatedKeys):
                return null;
            default:
                return JsonNode.DeepEquals(ours, theirs) ? null : $"{pointer}: {Show(ours)} vs hydrus {Show(theirs)}";
        }
    }

    private static bool IsGeneratedKey(JsonValue ours, JsonValue theirs, IReadOnlySet<string> generatedKeys) =>
        ours.GetValueKind() == JsonValueKind.String && theirs.GetValueKind() == JsonValueKind.String
        && generatedKeys.Contains(ours.GetValue<string>()) && theirs.GetValue<string>().Length == 64;

    private static string Show(JsonNode? node)
    {
        var text = node?.ToJsonString() ?? "null";
        return text.Length > 160 ? text[..160] + "…" : text;
    }
}
