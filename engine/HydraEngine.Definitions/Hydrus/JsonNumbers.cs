using System.Text.Json;
using System.Text.Json.Nodes;

namespace HydraEngine.Definitions.Hydrus;

/// <summary>Reads integers from JSON values whether they were parsed (JsonElement) or built in code (int, long…).</summary>
internal static class JsonNumbers
{
    public static bool TryGetInteger(JsonNode? node, out long integer)
    {
        integer = 0;
        if (node is not JsonValue value || value.GetValueKind() != JsonValueKind.Number)
        {
            return false;
        }

        if (value.TryGetValue(out long asLong))
        {
            integer = asLong;
            return true;
        }

        if (value.TryGetValue(out int asInt))
        {
            integer = asInt;
            return true;
        }

        return false;
    }

    public static double GetDouble(JsonValue value) =>
        value.TryGetValue(out double real) ? real
        : value.TryGetValue(out float single) ? single
        : value.TryGetValue(out decimal exact) ? (double)exact
        : TryGetInteger(value, out var integer) ? integer
        : double.NaN;
}
