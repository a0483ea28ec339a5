namespace HydraEngine.Parsing.Documents.Soup;

/// <summary>What a node of a <see cref="SoupTree"/> is.</summary>
internal enum SoupNodeKind : byte
{
    Document,
    Element,
    Text,
    Comment,
    Doctype,
}

/// <summary>The namespaces html5lib gives elements (bs4 keeps the name only; the tree builder needs the namespace).</summary>
internal enum SoupNamespace : byte
{
    Html,
    Svg,
    MathMl,
}
