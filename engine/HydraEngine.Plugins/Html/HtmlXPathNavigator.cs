using System.Xml;
using System.Xml.XPath;
using AngleSharp.Dom;

namespace HydraEngine.Plugins.Html;

/// <summary>
/// An <see cref="XPathNavigator"/> straight over AngleSharp's DOM (the tree HTML formulae read), so XPath needs no
/// second copy of the document. As in lxml's HTML mode, elements and attributes have no namespace; doctype nodes
/// are invisible; CDATA sections read as text. It keeps the node's index among its siblings, because AngleSharp's
/// own <c>NextSibling</c> searches the parent's children (quadratic over a wide parent).
/// </summary>
internal sealed class HtmlXPathNavigator : XPathNavigator
{
    private readonly XmlNameTable names;
    private INode node;
    private int index;
    private int attribute;

    public HtmlXPathNavigator(IDocument document)
        : this(new NameTable(), document, -1, -1)
    {
    }

    private HtmlXPathNavigator(XmlNameTable names, INode node, int index, int attribute)
    {
        this.names = names;
        this.node = node;
        this.index = index;
        this.attribute = attribute;
    }

    public override XmlNameTable NameTable => names;

    public override XPathNodeType NodeType => attribute >= 0 ? XPathNodeType.Attribute : node.NodeType switch
    {
        AngleSharp.Dom.NodeType.Document => XPathNodeType.Root,
        AngleSharp.Dom.NodeType.Element => XPathNodeType.Element,
        AngleSharp.Dom.NodeType.Comment => XPathNodeType.Comment,
        AngleSharp.Dom.NodeType.ProcessingInstruction => XPathNodeType.ProcessingInstruction,
        _ => XPathNodeType.Text,
    };

    public override string LocalName => attribute >= 0 ? Attribute.LocalName : node switch
    {
        IElement element => element.LocalName,
        IProcessingInstruction instruction => instruction.Target,
        _ => string.Empty,
    };

    public override string Name => attribute >= 0 ? Attribute.Name : LocalName;

    public override string NamespaceURI => string.Empty;

    public override string Prefix => string.Empty;

    public override string BaseURI => string.Empty;

    public override bool IsEmptyElement => attribute < 0 && node is IElement && node.FirstChild is null;

    public override string Value => attribute >= 0 ? Attribute.Value : node switch
    {
        IDocument document => document.DocumentElement?.TextContent ?? string.Empty,
        ICharacterData data => data.Data,
        _ => node.TextContent ?? string.Empty,
    };

    public override bool HasAttributes => attribute < 0 && node is IElement { Attributes.Length: > 0 };

    public override bool HasChildren => attribute < 0 && FirstVisible(node.ChildNodes, 0, step: 1) >= 0;

    private IAttr Attribute => ((IElement)node).Attributes[attribute]!;

    public override XPathNavigator Clone() => new HtmlXPathNavigator(names, node, index, attribute);

    public override bool IsSamePosition(XPathNavigator other) =>
        other is HtmlXPathNavigator navigator && ReferenceEquals(navigator.node, node) && navigator.attribute == attribute;

    public override bool MoveTo(XPathNavigator other)
    {
        if (other is not HtmlXPathNavigator navigator || !ReferenceEquals(Root(navigator.node), Root(node)))
        {
            return false;
        }

        node = navigator.node;
        index = navigator.index;
        attribute = navigator.attribute;
        return true;
    }

    public override bool MoveToFirstAttribute()
    {
        if (attribute >= 0 || node is not IElement { Attributes.Length: > 0 })
        {
            return false;
        }

        attribute = 0;
        return true;
    }

    public override bool MoveToNextAttribute()
    {
        if (attribute < 0 || attribute + 1 >= ((IElement)node).Attributes.Length)
        {
            return false;
        }

        attribute++;
        return true;
    }

    public override bool MoveToFirstNamespace(XPathNamespaceScope namespaceScope) => false;

    public override bool MoveToNextNamespace(XPathNamespaceScope namespaceScope) => false;

    public override bool MoveToNext() => MoveToSibling(step: 1);

    public override bool MoveToPrevious() => MoveToSibling(step: -1);

    public override bool MoveToFirstChild()
    {
        var children = node.ChildNodes;
        var first = attribute < 0 ? FirstVisible(children, 0, step: 1) : -1;
        return first >= 0 && MoveIfFound(children[first], first);
    }

    public override bool MoveToParent()
    {
        if (attribute >= 0)
        {
            attribute = -1;
            return true;
        }

        return MoveIfFound(node.Parent, -1);
    }

    public override void MoveToRoot()
    {
        node = Root(node);
        index = -1;
        attribute = -1;
    }

    public override bool MoveToId(string id) =>
        (node.Owner ?? node as IDocument)?.GetElementById(id) is { } element && MoveIfFound(element, -1);

    private bool MoveToSibling(int step)
    {
        if (attribute >= 0 || node.Parent is not { } parent)
        {
            return false;
        }

        var siblings = parent.ChildNodes;
        if (index < 0)
        {
            index = IndexOf(siblings, node);
        }

        var found = FirstVisible(siblings, index + step, step);
        return found >= 0 && MoveIfFound(siblings[found], found);
    }

    private bool MoveIfFound(INode? target, int targetIndex)
    {
        if (target is null)
        {
            return false;
        }

        node = target;
        index = targetIndex;
        attribute = -1;
        return true;
    }

    /// <summary>The index of the first node XPath sees, from <paramref name="start"/> on; -1 when none. Doctypes are not seen.</summary>
    private static int FirstVisible(INodeList nodes, int start, int step)
    {
        for (var i = start; i >= 0 && i < nodes.Length; i += step)
        {
            if (nodes[i].NodeType is not (AngleSharp.Dom.NodeType.DocumentType or AngleSharp.Dom.NodeType.DocumentFragment))
            {
                return i;
            }
        }

        return -1;
    }

    private static int IndexOf(INodeList nodes, INode node)
    {
        for (var i = 0; i < nodes.Length; i++)
        {
            if (ReferenceEquals(nodes[i], node))
            {
                return i;
            }
        }

        return -1;
    }

    private static INode Root(INode node)
    {
        while (node.Parent is { } parent)
        {
            node = parent;
        }

        return node;
    }
}
