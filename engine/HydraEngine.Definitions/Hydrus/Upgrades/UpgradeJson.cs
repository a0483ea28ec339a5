using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace HydraEngine.Definitions.Hydrus.Upgrades;

/// <summary>Shape checks and small edits of stored JSON for upgrade steps. Every failed check throws
/// <see cref="UpgradeException"/> naming what was expected.</summary>
internal static class UpgradeJson
{
    /// <summary>The node as an array of exactly <paramref name="expectedLength"/> items.</summary>
    public static JsonArray Array(JsonNode? node, int expectedLength, string what = "the info") =>
        node is JsonArray array && array.Count == expectedLength
            ? array
            : throw new UpgradeException($"expected {what} to be an array of {expectedLength} items, but it was {Describe(node)}");

    /// <summary>The node as an array of any length.</summary>
    public static JsonArray Array(JsonNode? node, string what) =>
        node as JsonArray ?? throw new UpgradeException($"expected {what} to be an array, but it was {Describe(node)}");

    public static string Text(JsonNode? node, string what) =>
        node is JsonValue value && value.GetValueKind() == JsonValueKind.String
            ? value.GetValue<string>()
            : throw new UpgradeException($"expected {what} to be a string, but it was {Describe(node)}");

    public static int Int32(JsonNode? node, string what) =>
        node is JsonValue value && value.GetValueKind() == JsonValueKind.Number
            && int.TryParse(value.ToJsonString(), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var number)
            ? number
            : throw new UpgradeException($"expected {what} to be an integer, but it was {Describe(node)}");

    /// <summary>The tuple itself when it is of <paramref name="typeId"/>.</summary>
    public static JsonArray RequireType(JsonArray tuple, int typeId, string what) =>
        Int32(tuple[0], "the type id") == typeId
            ? tuple
            : throw new UpgradeException($"expected {what} to be a {UpgradeTypeCatalog.Require(typeId).HydrusName} (type {typeId}), but found type {tuple[0]?.ToJsonString()}");

    /// <summary>Removes the item at <paramref name="index"/> from its array (leaving null in its place) so it can be re-parented.</summary>
    public static JsonNode? Take(JsonArray array, int index)
    {
        var item = array[index];
        array[index] = null;
        return item;
    }

    /// <summary>Empties the array and returns its former items, each free to be re-parented.</summary>
    public static JsonNode?[] TakeAll(JsonArray array)
    {
        var items = new JsonNode?[array.Count];
        ((ICollection<JsonNode?>)array).CopyTo(items, 0);
        array.Clear();
        return items;
    }

    public static string Describe(JsonNode? node) => node switch
    {
        null => "null",
        JsonArray array => $"an array of {array.Count} items",
        JsonObject => "an object",
        JsonValue value => value.GetValueKind() switch
        {
            JsonValueKind.String => "a string",
            JsonValueKind.Number => "a number",
            JsonValueKind.True or JsonValueKind.False => "a boolean",
            _ => "a value",
        },
        _ => "a value",
    };
}
