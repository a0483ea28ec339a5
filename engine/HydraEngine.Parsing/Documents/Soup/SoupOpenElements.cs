namespace HydraEngine.Parsing.Documents.Soup;

/// <summary>
/// The stack of open elements, with a count of open HTML elements per name, so a scope check for a name with none open
/// (most checks: "is a &lt;p&gt; in button scope?") answers at once instead of scanning the stack.
/// </summary>
internal sealed class SoupOpenElements(SoupNodes nodes)
{
    private readonly List<int> stack = [];
    private readonly Dictionary<string, int> openByName = new(StringComparer.Ordinal);
    private readonly HashSet<int> members = [];

    public int Count => stack.Count;

    public int Current => stack[^1];

    public int this[int index] => stack[index];

    public bool Contains(int node) => members.Contains(node);

    public void Push(int node)
    {
        stack.Add(node);
        Opened(node, 1);
    }

    public int Pop()
    {
        var node = stack[^1];
        stack.RemoveAt(stack.Count - 1);
        Opened(node, -1);
        return node;
    }

    public int IndexOf(int node) => stack.LastIndexOf(node);

    public void Remove(int node)
    {
        var index = IndexOf(node);
        if (index >= 0)
        {
            stack.RemoveAt(index);
            Opened(node, -1);
        }
    }

    public void Insert(int index, int node)
    {
        stack.Insert(index, node);
        Opened(node, 1);
    }

    public void Replace(int index, int node)
    {
        Opened(stack[index], -1);
        stack[index] = node;
        Opened(node, 1);
    }

    /// <summary>The index of the topmost element named <paramref name="name"/> (any namespace), or -1.</summary>
    public int LastNamed(string name)
    {
        if (!HasOpenHtml(name))
        {
            return -1;
        }

        for (var i = stack.Count - 1; i >= 0; i--)
        {
            if (nodes.Name(stack[i]) == name)
            {
                return i;
            }
        }

        return -1;
    }

    /// <summary>html5lib's <c>elementInScope</c> for an HTML element name.</summary>
    public bool InScope(string name, SoupScope scope = SoupScope.Default)
    {
        if (!HasOpenHtml(name))
        {
            return false;
        }

        for (var i = stack.Count - 1; i >= 0; i--)
        {
            var node = stack[i];
            if (nodes.Namespace(node) == SoupNamespace.Html && nodes.Name(node) == name)
            {
                return true;
            }

            if (EndsScope(node, scope))
            {
                return false;
            }
        }

        return false;
    }

    /// <summary>html5lib's <c>elementInScope</c> for one node (the form element pointer).</summary>
    public bool InScope(int target)
    {
        for (var i = stack.Count - 1; i >= 0; i--)
        {
            if (stack[i] == target)
            {
                return true;
            }

            if (EndsScope(stack[i], SoupScope.Default))
            {
                return false;
            }
        }

        return false;
    }

    private bool EndsScope(int node, SoupScope scope)
    {
        var name = nodes.Name(node);
        var space = nodes.Namespace(node);
        var html = space == SoupNamespace.Html;
        return scope switch
        {
            SoupScope.Table => html && name is "html" or "table",
            SoupScope.Select => !(html && name is "optgroup" or "option"),
            SoupScope.Button when html && name == "button" => true,
            SoupScope.List when html && name is "ol" or "ul" => true,
            _ => space switch
            {
                SoupNamespace.Html => SoupElements.ScopingHtml.Contains(name),
                SoupNamespace.MathMl => SoupElements.ScopingMathMl.Contains(name),
                _ => SoupElements.ScopingSvg.Contains(name),
            },
        };
    }

    /// <summary>Whether any element with this name is open (counted for HTML elements; others are rare enough to count too).</summary>
    private bool HasOpenHtml(string name) => openByName.TryGetValue(name, out var count) && count > 0;

    private void Opened(int node, int delta)
    {
        var name = nodes.Name(node);
        openByName[name] = openByName.GetValueOrDefault(name) + delta;
        if (delta > 0)
        {
            members.Add(node);
        }
        else
        {
            members.Remove(node);
        }
    }
}

/// <summary>The scope variants of html5lib's <c>elementInScope</c>.</summary>
internal enum SoupScope
{
    Default,
    Button,
    List,
    Table,
    Select,
}
