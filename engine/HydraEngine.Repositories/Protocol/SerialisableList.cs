using System.Text.Json.Nodes;

namespace HydraEngine.Repositories.Protocol;

/// <summary>hydrus's serialisable list (type 26, version 3): <c>[26, 3, [[meta, value], …]]</c>.</summary>
internal static class SerialisableList
{
    public const int TypeId = 26;

    public static JsonArray Build(IEnumerable<JsonNode> plainItems) =>
        new(TypeId, 3, new JsonArray(plainItems.Select(item => (JsonNode?)new JsonArray(SerialisableDictionary.Plain, item)).ToArray()));

    /// <summary>The items' values (meta types dropped).</summary>
    public static IReadOnlyList<JsonNode> Items(JsonNode node, string what) =>
        node is JsonArray { Count: 3 } list && list[0]?.GetValue<int>() == TypeId && list[2] is JsonArray items
            ? items.OfType<JsonArray>().Select(item => item[1] ?? throw new RepositoryException($"{what} holds a null item")).ToList()
            : node is JsonArray plain ? plain.Select(item => item ?? throw new RepositoryException($"{what} holds a null item")).ToList()
            : throw new RepositoryException($"{what} is not a list");
}
