namespace HydraEngine.Parsing.Documents.Soup;

/// <summary>
/// A parsed HTML document as BeautifulSoup over html5lib 1.1 holds it, stored compactly: one entry per node in document
/// order (node 0 is the document), so a node's subtree is the range [node + 1, <see cref="End"/>), its next sibling is
/// <see cref="End"/> when that is still inside its parent. Element names and attribute names are the strings bs4 shows
/// (foreign names adjusted, namespaced attributes with their prefix); texts, comments and doctype names are ranges of one
/// shared character buffer. About 30 bytes a node, however deep or wide the document.
/// </summary>
internal sealed class SoupTree
{
    public const int DocumentNode = 0;

    private readonly SoupNodeKind[] kinds;
    private readonly string[] names;
    private readonly SoupNamespace[] namespaces;
    private readonly int[] parents;
    private readonly int[] ends;
    private readonly int[] dataStarts;
    private readonly int[] dataLengths;
    private readonly string[] attributeNames;
    private readonly string[] attributeValues;
    private readonly char[] characters;

    public SoupTree(SoupTreeParts parts)
    {
        kinds = parts.Kinds;
        names = parts.Names;
        namespaces = parts.Namespaces;
        parents = parts.Parents;
        ends = parts.Ends;
        dataStarts = parts.DataStarts;
        dataLengths = parts.DataLengths;
        attributeNames = parts.AttributeNames;
        attributeValues = parts.AttributeValues;
        characters = parts.Characters;
    }

    public int Count => kinds.Length;

    public SoupNodeKind Kind(int node) => kinds[node];

    /// <summary>The element's name (bs4's <c>tag.name</c>); the doctype's and text's name is "".</summary>
    public string Name(int node) => names[node];

    public SoupNamespace Namespace(int node) => namespaces[node];

    /// <summary>The parent node, -1 for the document.</summary>
    public int Parent(int node) => parents[node];

    /// <summary>The end of the node's subtree (exclusive): its descendants are [node + 1, End).</summary>
    public int End(int node) => ends[node];

    /// <summary>The text of a text, comment or doctype node.</summary>
    public ReadOnlySpan<char> Data(int node) => kinds[node] == SoupNodeKind.Element ? default : characters.AsSpan(dataStarts[node], dataLengths[node]);

    /// <summary>The element's attributes: the range [Start, Start + Count) of <see cref="AttributeName"/> and <see cref="AttributeValue"/>.</summary>
    public (int Start, int Count) Attributes(int node) => kinds[node] == SoupNodeKind.Element ? (dataStarts[node], dataLengths[node]) : (0, 0);

    public string AttributeName(int attribute) => attributeNames[attribute];

    public string AttributeValue(int attribute) => attributeValues[attribute];

    /// <summary>The value of the element's attribute named exactly <paramref name="name"/> (bs4's dict lookup), or null.</summary>
    public string? Attribute(int node, string name)
    {
        var (start, count) = Attributes(node);
        for (var i = start; i < start + count; i++)
        {
            if (string.Equals(attributeNames[i], name, StringComparison.Ordinal))
            {
                return attributeValues[i];
            }
        }

        return null;
    }

    /// <summary>Whether the node has any child node.</summary>
    public bool HasChildren(int node) => node + 1 < ends[node];
}

/// <summary>The arrays a <see cref="SoupTree"/> is made of, all indexed by node in document order except the attribute arrays.</summary>
internal sealed record SoupTreeParts(
    SoupNodeKind[] Kinds,
    string[] Names,
    SoupNamespace[] Namespaces,
    int[] Parents,
    int[] Ends,
    int[] DataStarts,
    int[] DataLengths,
    string[] AttributeNames,
    string[] AttributeValues,
    char[] Characters);
