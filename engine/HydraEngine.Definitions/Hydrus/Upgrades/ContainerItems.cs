using System.Text.Json.Nodes;

namespace HydraEngine.Definitions.Hydrus.Upgrades;

/// <summary>Reads the items of a stored List or Dictionary the way hydrus sees them after loading it.</summary>
internal static class ContainerItems
{
    /// <summary>One dictionary entry: its meta key and meta value (<c>[meta_type, value]</c>).</summary>
    internal readonly record struct MetaPair(JsonArray Key, JsonArray Value);

    /// <summary>The hydrus objects of a List tuple (any version), in order.</summary>
    public static IReadOnlyList<JsonNode> ListObjects(JsonNode? listTuple, UpgradeContext context, string what)
    {
        var list = UpgradeJson.RequireType(context.UpgradeChild(listTuple), HydrusTypes.List, what);
        var items = UpgradeJson.TakeAll(UpgradeJson.Array(list[^1], what));
        return items.Select(item => SerialisableValue(UpgradeJson.Array(item, 2, $"each item of {what}"), $"an item of {what}")).ToList();
    }

    /// <summary>
    /// The entries of a Dictionary tuple (any version) in insertion order. As in the Python dict hydrus
    /// loads, a repeated plain key keeps its first position and takes the last value; object keys are
    /// never equal to one another.
    /// </summary>
    public static IReadOnlyList<MetaPair> DictionaryPairs(JsonNode? dictionaryTuple, UpgradeContext context, string what)
    {
        var dictionary = UpgradeJson.RequireType(context.UpgradeChild(dictionaryTuple), HydrusTypes.Dictionary, what);
        var pairs = new List<MetaPair>();
        foreach (var item in UpgradeJson.TakeAll(UpgradeJson.Array(dictionary[^1], what)))
        {
            var pair = UpgradeJson.TakeAll(UpgradeJson.Array(item, 2, $"each entry of {what}"));
            var entry = new MetaPair(UpgradeJson.Array(pair[0], 2, "a meta key"), UpgradeJson.Array(pair[1], 2, "a meta value"));
            var existing = pairs.FindIndex(candidate => IsSamePlainKey(candidate.Key, entry.Key));
            if (existing >= 0)
            {
                pairs[existing] = pairs[existing] with { Value = entry.Value };
            }
            else
            {
                pairs.Add(entry);
            }
        }

        return pairs;
    }

    /// <summary>The JSON value of a plain meta tuple <c>[0, value]</c>, detached.</summary>
    public static JsonNode? PlainValue(JsonArray meta, string what) =>
        IsMeta(meta, MetaTypes.Plain)
            ? UpgradeJson.Take(meta, 1)
            : throw new UpgradeException($"expected {what} to be a plain value, but its meta type was {meta[0]?.ToJsonString() ?? "null"}");

    /// <summary>The hydrus object of a meta tuple <c>[2, tuple]</c>, detached.</summary>
    public static JsonNode SerialisableValue(JsonArray meta, string what) =>
        IsMeta(meta, MetaTypes.Serialisable) && meta[1] is not null
            ? UpgradeJson.Take(meta, 1)!
            : throw new UpgradeException($"expected {what} to be a hydrus object, but it was {UpgradeJson.Describe(meta[1])} with meta type {meta[0]?.ToJsonString() ?? "null"}");

    private static bool IsMeta(JsonArray meta, int metaType) => PythonValues.EqualsInteger(meta[0], metaType);

    private static bool IsSamePlainKey(JsonArray first, JsonArray second) =>
        !IsMeta(first, MetaTypes.Serialisable)
        && JsonNode.DeepEquals(first[0], second[0])
        && JsonNode.DeepEquals(first[1], second[1]);
}
