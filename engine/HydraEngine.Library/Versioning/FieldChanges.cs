using System.Text.Json.Nodes;
using HydraEngine.Definitions.Diagnostics;

namespace HydraEngine.Library.Versioning;

/// <summary>One field that differs between two versions: a JSON Pointer into the native JSON and both values (null = absent).</summary>
public sealed record FieldChange(string Path, string? Old, string? New);

/// <summary>
/// Field-level comparison of native JSON. A field is a leaf value or an array (arrays compare whole: their items
/// carry no stable identity); objects are walked key by key.
/// </summary>
internal static class FieldChanges
{
    public static IReadOnlyList<FieldChange> Compare(JsonNode? before, JsonNode? after)
    {
        var changes = new List<FieldChange>();
        Walk(new Slot(true, before), new Slot(true, after), "", changes);
        return changes;
    }

    public static IReadOnlyList<string> Paths(JsonNode? before, JsonNode? after) => Compare(before, after).Select(change => change.Path).ToList();

    private static void Walk(Slot before, Slot after, string path, List<FieldChange> changes)
    {
        if (before.Value is JsonObject left && after.Value is JsonObject right)
        {
            foreach (var key in Slot.Keys(left, right))
            {
                Walk(Slot.Of(left, key), Slot.Of(right, key), JsonPointer.Append(path, key), changes);
            }

            return;
        }

        if (!before.SameAs(after))
        {
            changes.Add(new FieldChange(path, NativeJson.Short(before.Value, before.Present), NativeJson.Short(after.Value, after.Present)));
        }
    }
}

/// <summary>A field position in one JSON document: whether the key is there, and its value.</summary>
internal readonly record struct Slot(bool Present, JsonNode? Value)
{
    public static Slot Absent => new(false, null);

    public static Slot Of(JsonObject map, string key) => map.TryGetPropertyValue(key, out var value) ? new Slot(true, value) : Absent;

    /// <summary>The union of the objects' keys, in first-seen order.</summary>
    public static IEnumerable<string> Keys(params JsonObject?[] maps) =>
        maps.Where(map => map is not null).SelectMany(map => map!.Select(pair => pair.Key)).Distinct(StringComparer.Ordinal).ToList();

    public bool SameAs(Slot other) => Present == other.Present && (!Present || JsonNode.DeepEquals(Value, other.Value));
}
