using AngleSharp.Dom;

namespace HydraEngine.Parsing.Documents;

/// <summary>
/// The elements of a parsed HTML document in document order, built once per document on first use, so that every
/// HTML rule runs in time linear in the document however deep or wide it is: each element's subtree is a range of
/// positions, its parent and element siblings are array lookups (AngleSharp's own <c>NextSibling</c> searches the
/// parent's children, quadratic over a wide parent), tag names and attribute values map to sorted position lists.
/// Position -1 stands for the document itself.
/// </summary>
internal sealed class HtmlIndex
{
    public const int DocumentPosition = -1;

    private readonly List<IElement> elements = [];
    private readonly Dictionary<INode, int> positions = new(ReferenceEqualityComparer.Instance);
    private readonly List<int> ends = [];
    private readonly List<int> parents = [];
    private readonly List<int> nextSiblings = [];
    private readonly List<int> previousSiblings = [];
    private readonly Dictionary<string, List<int>> byName = new(StringComparer.Ordinal);
    private readonly Dictionary<string, HtmlAttributeIndex> byAttribute = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int[]> nearestNamedAncestors = new(StringComparer.Ordinal);
    private readonly Dictionary<int, int> lastChildOf = [];

    private readonly IDocument document;

    public HtmlIndex(IDocument document)
    {
        this.document = document;
        var stack = new Stack<(INode Node, int Parent, int Position)>();
        Push(stack, document, DocumentPosition);
        while (stack.Count > 0)
        {
            var (node, parent, position) = stack.Pop();
            if (position >= 0)
            {
                ends[position] = elements.Count;
                continue;
            }

            if (node is not IElement element)
            {
                Push(stack, node, parent);
                continue;
            }

            var at = Add(element, parent);
            stack.Push((element, parent, at));
            Push(stack, element, at);
        }
    }

    public int Count => elements.Count;

    public IElement Element(int position) => elements[position];

    /// <summary>The node's position, <see cref="DocumentPosition"/> for the document, null for a node outside the index.</summary>
    public int? PositionOf(INode node) => node is IDocument ? DocumentPosition : positions.TryGetValue(node, out var position) ? position : null;

    /// <summary>The positions of the node's descendants: [start, end).</summary>
    public (int Start, int End) DescendantRange(int position) => position == DocumentPosition ? (0, elements.Count) : (position + 1, ends[position]);

    public int Parent(int position) => parents[position];

    public int NextSibling(int position) => nextSiblings[position];

    public int PreviousSibling(int position) => previousSiblings[position];

    /// <summary>The first child element of the element (or the document) at <paramref name="position"/>, or -1.</summary>
    public int FirstChild(int position) => position == DocumentPosition
        ? (elements.Count > 0 ? 0 : -1)
        : (position + 1 < ends[position] ? position + 1 : -1);

    /// <summary>The last child element of the element (or the document) at <paramref name="position"/>, or -1.</summary>
    public int LastChild(int position) => lastChildOf.TryGetValue(position, out var last) ? last : -1;

    /// <summary>The document or the element at <paramref name="position"/>.</summary>
    public INode Node(int position) => position == DocumentPosition ? document : elements[position];

    /// <summary>The sorted positions of elements with this tag name (empty when none).</summary>
    public IReadOnlyList<int> Named(string name) => byName.TryGetValue(name, out var list) ? list : [];

    /// <summary>
    /// The sorted positions of elements that may match <paramref name="name"/>=<paramref name="wanted"/> (a superset:
    /// callers test each), or null when any element may (wanted is "").
    /// </summary>
    public IReadOnlyList<int>? MayHaveAttribute(string name, string wanted)
    {
        if (!byAttribute.TryGetValue(name, out var index))
        {
            byAttribute[name] = index = new HtmlAttributeIndex(elements, name);
        }

        return index.Candidates(wanted);
    }

    /// <summary>For every element, the position of its nearest ancestor element named <paramref name="name"/>, or -1.</summary>
    public int[] NearestAncestorsNamed(string name)
    {
        if (nearestNamedAncestors.TryGetValue(name, out var nearest))
        {
            return nearest;
        }

        nearest = new int[elements.Count];
        for (var i = 0; i < elements.Count; i++)
        {
            var parent = parents[i];
            nearest[i] = parent < 0 ? -1 : elements[parent].LocalName == name ? parent : nearest[parent];
        }

        return nearestNamedAncestors[name] = nearest;
    }

    /// <summary>Pushes the node's children (last first, so they pop in document order); children is read by index.</summary>
    private static void Push(Stack<(INode Node, int Parent, int Position)> stack, INode node, int parent)
    {
        var children = node.ChildNodes;
        for (var i = children.Length - 1; i >= 0; i--)
        {
            var child = children[i];
            if (child is IElement || child.HasChildNodes)
            {
                stack.Push((child, parent, -1));
            }
        }
    }

    private int Add(IElement element, int parent)
    {
        var at = elements.Count;
        elements.Add(element);
        positions[element] = at;
        ends.Add(at + 1);
        parents.Add(parent);
        nextSiblings.Add(-1);
        previousSiblings.Add(-1);
        if (lastChildOf.TryGetValue(parent, out var previous))
        {
            nextSiblings[previous] = at;
            previousSiblings[at] = previous;
        }

        lastChildOf[parent] = at;
        if (!byName.TryGetValue(element.LocalName, out var named))
        {
            byName[element.LocalName] = named = [];
        }

        named.Add(at);
        return at;
    }
}
