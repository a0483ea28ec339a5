using HydraEngine.Parsing.Documents.Soup;

namespace HydraEngine.Parsing.Documents;

/// <summary>
/// The elements of a parsed HTML document (a <see cref="SoupTree"/>) numbered in document order, built once per document
/// on first use, so that every HTML rule runs in time linear in the document however deep or wide it is: each element's
/// subtree is a range of positions, its parent and element siblings are array lookups, tag names and attribute values map
/// to sorted position lists. Position -1 stands for the document itself.
/// </summary>
internal sealed class HtmlIndex
{
    public const int DocumentPosition = -1;

    private readonly int[] nodes;
    private readonly int[] ends;
    private readonly int[] parents;
    private readonly int[] nextSiblings;
    private readonly int[] previousSiblings;
    private readonly int[] lastChildren;
    private readonly Dictionary<string, int[]> byName = new(StringComparer.Ordinal);
    private readonly Dictionary<string, HtmlAttributeIndex> byAttribute = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int[]> nearestNamedAncestors = new(StringComparer.Ordinal);

    public HtmlIndex(SoupTree tree)
    {
        Tree = tree;

        // elementsBefore[n]: how many elements come before node n, so a node's position and a subtree's end are lookups;
        // each tag name's positions go in an array of exactly its count (counted on this first pass)
        var elementsBefore = new int[tree.Count + 1];
        var nameSlots = new Dictionary<string, int>(StringComparer.Ordinal);
        var nameCounts = new List<int>();
        for (var node = 0; node < tree.Count; node++)
        {
            var element = tree.Kind(node) == SoupNodeKind.Element;
            elementsBefore[node + 1] = elementsBefore[node] + (element ? 1 : 0);
            if (element)
            {
                if (!nameSlots.TryGetValue(tree.Name(node), out var slot))
                {
                    nameSlots[tree.Name(node)] = slot = nameCounts.Count;
                    nameCounts.Add(0);
                }

                nameCounts[slot]++;
            }
        }

        var count = elementsBefore[tree.Count];
        nodes = new int[count];
        ends = new int[count];
        parents = new int[count];
        nextSiblings = new int[count];
        previousSiblings = new int[count];
        lastChildren = new int[count + 1];
        Array.Fill(lastChildren, -1);
        var named = nameCounts.Select(total => new int[total]).ToArray();
        var filled = new int[named.Length];
        foreach (var (name, slot) in nameSlots)
        {
            byName[name] = named[slot];
        }

        for (var node = 0; node < tree.Count; node++)
        {
            if (tree.Kind(node) == SoupNodeKind.Element)
            {
                var slot = nameSlots[tree.Name(node)];
                named[slot][filled[slot]++] = Add(node, elementsBefore);
            }
        }
    }

    public SoupTree Tree { get; }

    public int Count => nodes.Length;

    /// <summary>The tree node of the element at <paramref name="position"/> (the document node for <see cref="DocumentPosition"/>).</summary>
    public int NodeOf(int position) => position == DocumentPosition ? SoupTree.DocumentNode : nodes[position];

    /// <summary>The positions of the node's descendants: [start, end).</summary>
    public (int Start, int End) DescendantRange(int position) => position == DocumentPosition ? (0, nodes.Length) : (position + 1, ends[position]);

    public int Parent(int position) => parents[position];

    public int NextSibling(int position) => nextSiblings[position];

    public int PreviousSibling(int position) => previousSiblings[position];

    /// <summary>The first child element of the element (or the document) at <paramref name="position"/>, or -1.</summary>
    public int FirstChild(int position) => position == DocumentPosition
        ? (nodes.Length > 0 ? 0 : -1)
        : (position + 1 < ends[position] ? position + 1 : -1);

    /// <summary>The last child element of the element (or the document) at <paramref name="position"/>, or -1.</summary>
    public int LastChild(int position) => lastChildren[position + 1];

    /// <summary>The element's name at <paramref name="position"/>.</summary>
    public string Name(int position) => Tree.Name(nodes[position]);

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
            byAttribute[name] = index = new HtmlAttributeIndex(this, name);
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

        nearest = new int[nodes.Length];
        for (var i = 0; i < nodes.Length; i++)
        {
            var parent = parents[i];
            nearest[i] = parent < 0 ? -1 : Name(parent) == name ? parent : nearest[parent];
        }

        return nearestNamedAncestors[name] = nearest;
    }

    /// <summary>Fills the element's entries; returns its position.</summary>
    private int Add(int node, int[] elementsBefore)
    {
        var at = elementsBefore[node];
        var parentNode = Tree.Parent(node);
        var parent = parentNode == SoupTree.DocumentNode ? DocumentPosition : elementsBefore[parentNode];
        nodes[at] = node;
        ends[at] = elementsBefore[Tree.End(node)];
        parents[at] = parent;
        nextSiblings[at] = -1;
        previousSiblings[at] = lastChildren[parent + 1];
        if (previousSiblings[at] >= 0)
        {
            nextSiblings[previousSiblings[at]] = at;
        }

        lastChildren[parent + 1] = at;
        return at;
    }
}
