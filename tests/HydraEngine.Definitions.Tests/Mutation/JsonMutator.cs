using System.Text.Json.Nodes;

namespace HydraEngine.Definitions.Tests.Mutation;

/// <summary>Corrupts hydrus JSON: wrong types, removed or added items, huge numbers, odd versions, broken text.</summary>
internal static class JsonMutator
{
    private static readonly Func<Random, JsonNode?>[] Replacements =
    [
        _ => null,
        _ => JsonValue.Create("text"),
        random => JsonValue.Create(random.Next(-5, 200)),
        _ => JsonValue.Create(long.MaxValue),
        _ => JsonValue.Create(true),
        _ => new JsonArray(),
        _ => new JsonObject { ["k"] = 1 },
        _ => new JsonArray(999, 1, new JsonArray()),
        random => new JsonArray(51, random.Next(0, 5), new JsonArray(3, "", null, null, "x")),
    ];

    public static string Mutate(string json, Random random)
    {
        if (random.Next(8) == 0)
        {
            return random.Next(2) == 0 ? json[..random.Next(json.Length)] : json.Insert(random.Next(json.Length), "]{\"");
        }

        var root = JsonNode.Parse(json, documentOptions: new System.Text.Json.JsonDocumentOptions { MaxDepth = 256 })!;
        var nodes = new List<(JsonNode Parent, int Index)>();
        Collect(root, nodes);
        for (var edits = random.Next(1, 4); edits > 0 && nodes.Count > 0; edits--)
        {
            var (parent, index) = nodes[random.Next(nodes.Count)];
            if (parent is JsonArray array && index < array.Count)
            {
                switch (random.Next(3))
                {
                    case 0:
                        array[index] = Replacements[random.Next(Replacements.Length)](random);
                        break;
                    case 1:
                        array.RemoveAt(index);
                        break;
                    default:
                        array.Insert(index, Replacements[random.Next(Replacements.Length)](random));
                        break;
                }
            }
        }

        return root.ToJsonString();
    }

    private static void Collect(JsonNode node, List<(JsonNode Parent, int Index)> nodes)
    {
        if (node is JsonArray array)
        {
            for (var i = 0; i < array.Count; i++)
            {
                nodes.Add((array, i));
                if (array[i] is { } child)
                {
                    Collect(child, nodes);
                }
            }
        }
        else if (node is JsonObject map)
        {
            foreach (var (_, value) in map)
            {
                if (value is not null)
                {
                    Collect(value, nodes);
                }
            }
        }
    }
}
