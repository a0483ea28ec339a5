using AngleSharp.Dom;

namespace HydraEngine.Parsing.Documents;

/// <summary>
/// The elements of a parsed HTML document in document order, with each element's subtree range and the
/// positions of every tag name, so "all descendants named X" is a binary search instead of a tree walk.
/// Built once per document, on first use.
/// </summary>
internal sealed class HtmlIndex
{
    private readonly List<IElement> elements = [];
    private readonly Dictionary<INode, (int Start, int End)> ranges = new(ReferenceEqualityComparer.Instance);
    private readonly Dictionary<string, List<int>> byName = new(StringComparer.Ordinal);

    public HtmlIndex(IDocument document)
    {
        var stack = new Stack<(INode Node, bool Exit)>();
        stack.Push((document, false));
        var starts = new Dictionary<INode, int>(ReferenceEqualityComparer.Instance);
        while (stack.Count > 0)
        {
            var (node, exit) = stack.Pop();
            if (exit)
            {
                ranges[node] = (starts[node], elements.Count);
                continue;
            }

            starts[node] = elements.Count;
            if (node is IElement element)
            {
                if (!byName.TryGetValue(element.LocalName, out var positions))
                {
                    byName[element.LocalName] = positions = [];
                }

                positions.Add(elements.Count);
                elements.Add(element);
            }

            stack.Push((node, true));
            for (var child = node.LastChild; child is not null; child = child.PreviousSibling)
            {
                if (child is IElement || child.HasChildNodes)
                {
                    stack.Push((child, false));
                }
            }
        }
    }

    /// <summary>Descendant elements of <paramref name="node"/> (document order), optionally only those with a tag name.</summary>
    public IEnumerable<IElement> Descendants(INode node, string? name)
    {
        if (!ranges.TryGetValue(node, out var range))
        {
            yield break;
        }

        var first = node is IElement ? range.Start + 1 : range.Start;
        if (name is null)
        {
            for (var i = first; i < range.End; i++)
            {
                yield return elements[i];
            }

            yield break;
        }

        if (!byName.TryGetValue(name, out var positions))
        {
            yield break;
        }

        var index = positions.BinarySearch(first);
        for (var i = index < 0 ? ~index : index; i < positions.Count && positions[i] < range.End; i++)
        {
            yield return elements[positions[i]];
        }
    }
}
