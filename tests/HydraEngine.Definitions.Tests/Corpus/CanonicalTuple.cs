using System.Text.Json;
using System.Text.Json.Nodes;

namespace HydraEngine.Definitions.Tests.Corpus;

/// <summary>Puts the parts of a hydrus tuple that hydrus holds in sets into one order, for comparisons.</summary>
internal static class CanonicalTuple
{
    private const int BandwidthRulesTypeId = 38;

    public static JsonNode SortBandwidthRules(JsonNode tuple)
    {
        var copy = tuple.DeepClone();
        Visit(copy);
        return copy;
    }

    private static void Visit(JsonNode? node)
    {
        if (node is not JsonArray array)
        {
            if (node is JsonObject map)
            {
                foreach (var (_, value) in map)
                {
                    Visit(value);
                }
            }

            return;
        }

        if (array.Count == 3 && array[0] is JsonValue id && id.GetValueKind() == JsonValueKind.Number && id.GetValue<int>() == BandwidthRulesTypeId && array[2] is JsonArray rules)
        {
            var sorted = rules.Select(rule => rule!.ToJsonString()).Order(StringComparer.Ordinal).Select(text => JsonNode.Parse(text)).ToArray();
            array[2] = new JsonArray(sorted);
            return;
        }

        foreach (var item in array)
        {
            Visit(item);
        }
    }
}
