using HydraEngine.Parsing.Documents;
using HydraEngine.Parsing.Documents.Soup;

namespace HydraEngine.Parsing.Tracing;

/// <summary>
/// An element of a parsed document (its position in the document's <see cref="HtmlIndex"/>, the tree the formula
/// engine reads), as the tracing tools read it: name, attributes, classes, parent, child elements, own text.
/// </summary>
internal readonly record struct HtmlElementView(HtmlIndex Index, int Position)
{
    private static readonly char[] Whitespace = [' ', '\t', '\n', '\r', '\f'];

    /// <summary>The document's root element.</summary>
    public static HtmlElementView? Root(HtmlIndex index) => index.FirstChild(HtmlIndex.DocumentPosition) is >= 0 and var first ? new(index, first) : null;

    public int Node => Index.NodeOf(Position);

    public string Name => Index.Name(Position);

    public string? Attribute(string name) => Index.Tree.Attribute(Node, name);

    public string Id => Attribute("id") ?? "";

    public IReadOnlyList<string> Classes => (Attribute("class") ?? "").Split(Whitespace, StringSplitOptions.RemoveEmptyEntries);

    public IReadOnlyList<KeyValuePair<string, string>> Attributes
    {
        get
        {
            var tree = Index.Tree;
            var (start, count) = tree.Attributes(Node);
            return Enumerable.Range(start, count).Select(i => KeyValuePair.Create(tree.AttributeName(i), tree.AttributeValue(i))).ToList();
        }
    }

    public HtmlElementView? Parent => Index.Parent(Position) is >= 0 and var parent ? new HtmlElementView(Index, parent) : null;

    public IReadOnlyList<HtmlElementView> Children
    {
        get
        {
            var children = new List<HtmlElementView>();
            for (var child = Index.FirstChild(Position); child >= 0; child = Index.NextSibling(child))
            {
                children.Add(new HtmlElementView(Index, child));
            }

            return children;
        }
    }

    /// <summary>Every element under this one, in document order.</summary>
    public IEnumerable<HtmlElementView> Descendants()
    {
        var (start, end) = Index.DescendantRange(Position);
        var index = Index;
        return Enumerable.Range(start, end - start).Select(position => new HtmlElementView(index, position));
    }

    /// <summary>The text directly inside the element (not inside its child elements).</summary>
    public string OwnText
    {
        get
        {
            var tree = Index.Tree;
            var text = new System.Text.StringBuilder();
            var node = Node;

            // a node's subtree is the range (node, End(node)); its children are the nodes there whose parent it is
            for (var child = node + 1; child < tree.End(node); child = tree.End(child))
            {
                if (tree.Kind(child) == SoupNodeKind.Text && tree.Parent(child) == node)
                {
                    text.Append(tree.Data(child));
                }
            }

            return text.ToString();
        }
    }

    /// <summary>Like <c>tag#id.class.class</c>.</summary>
    public string Describe() => Name + (Id.Length > 0 ? "#" + Id : "") + string.Concat(Classes.Select(name => "." + name));
}
