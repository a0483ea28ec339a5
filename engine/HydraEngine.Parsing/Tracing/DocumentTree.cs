using System.Text.Json.Nodes;
using HydraEngine.Parsing.Documents;

namespace HydraEngine.Parsing.Tracing;

/// <summary>
/// A node of a rendered document tree: an HTML element (label <c>tag#id.class</c>, its own text) or a JSON key or
/// index (label <c>["key"]</c> or <c>[0]</c>, its value); <paramref name="Path"/> finds it again (child element indices
/// from the root element, or keys and indices from the JSON root).
/// </summary>
public sealed record TreeNode(string Label, string? Text, IReadOnlyList<JsonStep> Path, IReadOnlyList<TreeNode> Children);

/// <summary>The document as a tree to click in (at most <see cref="MaxNodes"/> nodes; text shortened).</summary>
public static class DocumentTree
{
    public const int MaxNodes = 4000;
    private const int TextLength = 80;

    /// <summary>The tree and whether it was cut at <see cref="MaxNodes"/>.</summary>
    public static (string Kind, TreeNode Root, bool Truncated) Build(string text)
    {
        var budget = new int[] { MaxNodes };
        if (JsonChains.Parse(text) is { } json)
        {
            return ("json", Json(json, "$", [], budget), budget[0] < 0);
        }

        var root = HtmlElementView.Root(new ParseDocument(text).HtmlIndex);
        return root is { } element ? ("html", Html(element, [new JsonStep(null, 0)], budget), budget[0] < 0) : ("html", new TreeNode("(no element)", null, [], []), false);
    }

    private static TreeNode Html(HtmlElementView element, IReadOnlyList<JsonStep> path, int[] budget)
    {
        budget[0]--;
        var elements = element.Children;
        var children = new List<TreeNode>();
        for (var i = 0; i < elements.Count && budget[0] > 0; i++)
        {
            children.Add(Html(elements[i], [.. path, new JsonStep(null, i)], budget));
        }

        budget[0] -= children.Count < elements.Count ? 1 : 0;
        var own = element.Name is "script" or "style" ? "" : element.OwnText.Trim();
        var link = element.Attribute("href") ?? element.Attribute("src");
        var shown = link is not null ? $"{own} @{link}".Trim() : own;
        return new TreeNode(element.Describe(), shown.Length == 0 ? null : Short(shown), path, children);
    }

    private static TreeNode Json(JsonNode? node, string label, IReadOnlyList<JsonStep> path, int[] budget)
    {
        budget[0]--;
        var children = new List<TreeNode>();
        IEnumerable<(JsonStep Step, JsonNode? Value)> entries = node switch
        {
            JsonObject dictionary => dictionary.Select(pair => (new JsonStep(pair.Key, null), pair.Value)),
            JsonArray list => list.Select((value, i) => (new JsonStep(null, i), value)),
            _ => [],
        };
        foreach (var (step, value) in entries)
        {
            if (budget[0] <= 0)
            {
                budget[0]--;
                break;
            }

            children.Add(Json(value, step.ToString(), [.. path, step], budget));
        }

        var text = node switch
        {
            JsonObject dictionary => $"{{{dictionary.Count} keys}}",
            JsonArray list => $"[{list.Count} items]",
            JsonValue value => Short(JsonChains.Text(value)),
            _ => "None",
        };
        return new TreeNode(label, text, path, children);
    }

    private static string Short(string text) => text.Length <= TextLength ? text : string.Concat(text.AsSpan(0, TextLength - 1), "…");
}
