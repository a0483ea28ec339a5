using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace HydraEngine.Definitions.Hydrus.Upgrades;

/// <summary>How hydrus's Python code sees a stored JSON value in the tests its upgrade steps make
/// (<c>if x</c>, <c>x == 2</c>, <c>x &gt; 0</c>, <c>isinstance(x, int)</c>).</summary>
internal static class PythonValues
{
    /// <summary>Python truthiness: null, false, 0, "", [] and {} are false.</summary>
    public static bool IsTruthy(JsonNode? node) => node switch
    {
        null => false,
        JsonArray array => array.Count > 0,
        JsonObject obj => obj.Count > 0,
        JsonValue value => value.GetValueKind() switch
        {
            JsonValueKind.False => false,
            JsonValueKind.True => true,
            JsonValueKind.String => value.GetValue<string>().Length > 0,
            JsonValueKind.Number => ReadNumber(value) != 0,
            _ => true,
        },
        _ => true,
    };

    /// <summary>Python <c>node == number</c> (booleans count as 0 and 1, floats compare by value).</summary>
    public static bool EqualsInteger(JsonNode? node, long number) =>
        TryGetNumber(node, out var value) && value == number;

    /// <summary>The sign of a number (or boolean) as Python compares it with 0; anything else cannot be compared.</summary>
    public static int SignOf(JsonNode? node, string what) =>
        TryGetNumber(node, out var value)
            ? Math.Sign(value)
            : throw new UpgradeException($"expected {what} to be a number, but it was {UpgradeJson.Describe(node)}");

    /// <summary>Python <c>isinstance(node, int)</c> after <c>json.loads</c>: integers written without a
    /// fraction or exponent, and booleans.</summary>
    public static bool IsInteger(JsonNode? node)
    {
        if (node is not JsonValue value)
        {
            return false;
        }

        return value.GetValueKind() switch
        {
            JsonValueKind.True or JsonValueKind.False => true,
            JsonValueKind.Number => value.ToJsonString().AsSpan().IndexOfAny('.', 'e', 'E') < 0,
            _ => false,
        };
    }

    /// <summary>Python <c>node == ""</c>.</summary>
    public static bool IsEmptyString(JsonNode? node) =>
        node is JsonValue value && value.GetValueKind() == JsonValueKind.String && value.GetValue<string>().Length == 0;

    private static bool TryGetNumber(JsonNode? node, out double number)
    {
        number = 0;
        if (node is not JsonValue value)
        {
            return false;
        }

        switch (value.GetValueKind())
        {
            case JsonValueKind.True:
                number = 1;
                return true;
            case JsonValueKind.False:
                return true;
            case JsonValueKind.Number:
                number = ReadNumber(value);
                return true;
            default:
                return false;
        }
    }

    /// <summary>A JSON number as a double, whether parsed from text or created in code.</summary>
    private static double ReadNumber(JsonValue value) =>
        value.TryGetValue<double>(out var number)
            ? number
            : double.Parse(value.ToJsonString(), NumberStyles.Float, CultureInfo.InvariantCulture);
}
