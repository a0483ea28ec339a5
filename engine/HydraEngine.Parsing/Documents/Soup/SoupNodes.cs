namespace HydraEngine.Parsing.Documents.Soup;

/// <summary>
/// The tree while html5lib's algorithm builds it: nodes linked to parent, first and last child and both siblings (all
/// int arrays), so appending, inserting before a node, detaching and moving all children cost O(1) per node moved.
/// Adjacent text merges into one node, as bs4 merges strings. <see cref="Compact"/> lays it out in document order.
/// </summary>
internal sealed class SoupNodes
{
    private const int None = -1;

    private SoupNodeKind[] kinds = new SoupNodeKind[64];
    private string[] names = new string[64];
    private SoupNamespace[] namespaces = new SoupNamespace[64];
    private int[] parents = new int[64];
    private int[] firsts = new int[64];
    private int[] lasts = new int[64];
    private int[] nexts = new int[64];
    private int[] previouses = new int[64];
    private int[] dataStarts = new int[64];
    private int[] dataLengths = new int[64];
    private readonly List<string> attributeNames = [];
    private readonly List<string> attributeValues = [];
    private char[] characters = new char[256];
    private int characterCount;

    public SoupNodes() => Create(SoupNodeKind.Document, "[document]", SoupNamespace.Html);

    public int Count { get; private set; }

    public string Name(int node) => names[node];

    public SoupNamespace Namespace(int node) => namespaces[node];

    public int Parent(int node) => parents[node];

    public bool HasChildren(int node) => firsts[node] != None;

    public int CreateElement(string name, SoupNamespace space, IReadOnlyList<KeyValuePair<string, string>> attributes)
    {
        var node = Create(SoupNodeKind.Element, name, space);
        dataStarts[node] = attributeNames.Count;
        dataLengths[node] = attributes.Count;
        foreach (var (key, value) in attributes)
        {
            attributeNames.Add(key);
            attributeValues.Add(value);
        }

        return node;
    }

    /// <summary>A new element with the same name, namespace and attributes, unattached.</summary>
    public int Clone(int element) => CreateElement(names[element], namespaces[element], AttributesOf(element));

    public List<KeyValuePair<string, string>> AttributesOf(int element)
    {
        var list = new List<KeyValuePair<string, string>>(dataLengths[element]);
        for (var i = dataStarts[element]; i < dataStarts[element] + dataLengths[element]; i++)
        {
            list.Add(new(attributeNames[i], attributeValues[i]));
        }

        return list;
    }

    public string? Attribute(int element, string name)
    {
        for (var i = dataStarts[element]; i < dataStarts[element] + dataLengths[element]; i++)
        {
            if (attributeNames[i] == name)
            {
                return attributeValues[i];
            }
        }

        return null;
    }

    /// <summary>Adds the attributes the element lacks (a second &lt;html&gt; or &lt;body&gt; tag).</summary>
    public void AddMissingAttributes(int element, IReadOnlyList<KeyValuePair<string, string>> attributes)
    {
        var merged = AttributesOf(element);
        foreach (var pair in attributes)
        {
            if (Attribute(element, pair.Key) is null && !merged.Exists(existing => existing.Key == pair.Key))
            {
                merged.Add(pair);
            }
        }

        if (merged.Count == dataLengths[element])
        {
            return;
        }

        dataStarts[element] = attributeNames.Count;
        dataLengths[element] = merged.Count;
        foreach (var (key, value) in merged)
        {
            attributeNames.Add(key);
            attributeValues.Add(value);
        }
    }

    public int CreateData(SoupNodeKind kind, string name, ReadOnlySpan<char> data)
    {
        var node = Create(kind, name, SoupNamespace.Html);
        dataStarts[node] = characterCount;
        AppendCharacters(data);
        dataLengths[node] = data.Length;
        return node;
    }

    public void Append(int parent, int child)
    {
        Detach(child);
        parents[child] = parent;
        previouses[child] = lasts[parent];
        if (lasts[parent] == None)
        {
            firsts[parent] = child;
        }
        else
        {
            nexts[lasts[parent]] = child;
        }

        lasts[parent] = child;
    }

    public void InsertBefore(int parent, int child, int reference)
    {
        Detach(child);
        parents[child] = parent;
        var before = previouses[reference];
        previouses[child] = before;
        nexts[child] = reference;
        previouses[reference] = child;
        if (before == None)
        {
            firsts[parent] = child;
        }
        else
        {
            nexts[before] = child;
        }
    }

    /// <summary>Inserts <paramref name="child"/> into <paramref name="parent"/> before <paramref name="reference"/>, or last when it is -1.</summary>
    public void Place(int parent, int child, int reference)
    {
        if (reference == None)
        {
            Append(parent, child);
        }
        else
        {
            InsertBefore(parent, child, reference);
        }
    }

    /// <summary>Appends text to <paramref name="parent"/> (before <paramref name="reference"/> when it is not -1), merged into a text node just before.</summary>
    public void InsertText(int parent, string text, int reference = None)
    {
        var previous = reference == None ? lasts[parent] : previouses[reference];
        if (previous != None && kinds[previous] == SoupNodeKind.Text)
        {
            ExtendText(previous, text);
            return;
        }

        Place(parent, CreateData(SoupNodeKind.Text, "", text), reference);
    }

    public void Detach(int node)
    {
        var parent = parents[node];
        if (parent == None)
        {
            return;
        }

        var (before, after) = (previouses[node], nexts[node]);
        if (before == None)
        {
            firsts[parent] = after;
        }
        else
        {
            nexts[before] = after;
        }

        if (after == None)
        {
            lasts[parent] = before;
        }
        else
        {
            previouses[after] = before;
        }

        parents[node] = previouses[node] = nexts[node] = None;
    }

    /// <summary>Moves every child of <paramref name="from"/> to the end of <paramref name="to"/>'s children.</summary>
    public void MoveChildren(int from, int to)
    {
        while (firsts[from] != None)
        {
            Append(to, firsts[from]);
        }
    }

    /// <summary>The tree in document order, compact; this builder is spent afterwards.</summary>
    public SoupTree Compact()
    {
        var order = new int[Count];
        var renumbered = new int[Count];
        var ends = new int[Count];
        var count = 0;
        var node = 0;
        while (true)
        {
            renumbered[node] = count;
            order[count++] = node;
            if (firsts[node] != None)
            {
                node = firsts[node];
                continue;
            }

            ends[renumbered[node]] = count;
            while (node != 0 && nexts[node] == None)
            {
                node = parents[node];
                ends[renumbered[node]] = count;
            }

            if (node == 0)
            {
                break;
            }

            node = nexts[node];
        }

        return new SoupTree(Layout(order, renumbered, ends, count));
    }

    private SoupTreeParts Layout(int[] order, int[] renumbered, int[] ends, int count)
    {
        var parts = new SoupTreeParts(new SoupNodeKind[count], new string[count], new SoupNamespace[count], new int[count], ends[..count],
            new int[count], new int[count], [.. attributeNames], [.. attributeValues], characters[..characterCount]);
        for (var i = 0; i < count; i++)
        {
            var old = order[i];
            parts.Kinds[i] = kinds[old];
            parts.Names[i] = names[old];
            parts.Namespaces[i] = namespaces[old];
            parts.Parents[i] = parents[old] == None ? None : renumbered[parents[old]];
            parts.DataStarts[i] = dataStarts[old];
            parts.DataLengths[i] = dataLengths[old];
        }

        return parts;
    }

    private int Create(SoupNodeKind kind, string name, SoupNamespace space)
    {
        if (Count == kinds.Length)
        {
            Grow();
        }

        var node = Count++;
        kinds[node] = kind;
        names[node] = name;
        namespaces[node] = space;
        parents[node] = firsts[node] = lasts[node] = nexts[node] = previouses[node] = None;
        return node;
    }

    private void ExtendText(int node, string text)
    {
        if (dataStarts[node] + dataLengths[node] != characterCount)
        {
            var start = characterCount;
            AppendCharacters(characters.AsSpan(dataStarts[node], dataLengths[node]).ToArray());
            dataStarts[node] = start;
        }

        AppendCharacters(text);
        dataLengths[node] += text.Length;
    }

    private void AppendCharacters(ReadOnlySpan<char> data)
    {
        if (characterCount + data.Length > characters.Length)
        {
            Array.Resize(ref characters, Math.Max(characters.Length * 2, characterCount + data.Length));
        }

        data.CopyTo(characters.AsSpan(characterCount));
        characterCount += data.Length;
    }

    private void Grow()
    {
        var size = kinds.Length * 2;
        Array.Resize(ref kinds, size);
        Array.Resize(ref names, size);
        Array.Resize(ref namespaces, size);
        Array.Resize(ref parents, size);
        Array.Resize(ref firsts, size);
        Array.Resize(ref lasts, size);
        Array.Resize(ref nexts, size);
        Array.Resize(ref previouses, size);
        Array.Resize(ref dataStarts, size);
        Array.Resize(ref dataLengths, size);
    }
}
