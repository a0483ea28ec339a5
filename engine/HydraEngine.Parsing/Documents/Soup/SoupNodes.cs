namespace HydraEngine.Parsing.Documents.Soup;

/// <summary>
/// The tree while html5lib's algorithm builds it: nodes linked to parent, first and last child and both siblings (all
/// int arrays), so appending, inserting before a node, detaching and moving all children cost O(1) per node moved.
/// Adjacent text merges into one node, as bs4 merges strings. <see cref="Compact"/> lays it out in document order.
/// </summary>
internal sealed class SoupNodes
{
    private const int None = -1;

    private SoupNodeKind[] kinds = [];
    private string[] names = [];
    private SoupNamespace[] namespaces = [];
    private int[] parents = [];
    private int[] firsts = [];
    private int[] lasts = [];
    private int[] nexts = [];
    private int[] previouses = [];
    private int[] dataStarts = [];
    private int[] dataLengths = [];
    private readonly List<string> attributeNames;
    private readonly List<string> attributeValues;
    private char[] characters = new char[256];
    private int characterCount;

    private readonly int maxCount;

    /// <summary>
    /// A tree for a page of <paramref name="expectedLength"/> characters (the arrays start at a size guessed from it). A
    /// page gets at most one node per two characters plus a million: formatting elements reopened again and again
    /// (<c>&lt;b&gt;</c> ten thousand times, then ten thousand paragraphs) would otherwise grow quadratically.
    /// </summary>
    public SoupNodes(int expectedLength = 0)
    {
        maxCount = (expectedLength / 2) + 1_000_000;
        Resize(Math.Max(64, expectedLength / 24));
        attributeNames = new List<string>(Math.Max(16, expectedLength / 48));
        attributeValues = new List<string>(attributeNames.Capacity);
        Create(SoupNodeKind.Document, "[document]", SoupNamespace.Html);
    }

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
    public void InsertText(int parent, ReadOnlySpan<char> text, int reference = None)
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

    /// <summary>Copies each field into document order, dropping the builder's array as soon as it is copied (a lower peak).</summary>
    private SoupTreeParts Layout(int[] order, int[] renumbered, int[] ends, int count)
    {
        var newParents = new int[count];
        for (var i = 0; i < count; i++)
        {
            newParents[i] = parents[order[i]] == None ? None : renumbered[parents[order[i]]];
        }

        parents = firsts = lasts = nexts = previouses = [];
        return new SoupTreeParts(Reorder(ref kinds, order, count), Reorder(ref names, order, count), Reorder(ref namespaces, order, count), newParents,
            ends[..count], Reorder(ref dataStarts, order, count), Reorder(ref dataLengths, order, count), [.. attributeNames], [.. attributeValues],
            characters[..characterCount]);
    }

    private static T[] Reorder<T>(ref T[] field, int[] order, int count)
    {
        var result = new T[count];
        for (var i = 0; i < count; i++)
        {
            result[i] = field[order[i]];
        }

        field = [];
        return result;
    }

    private int Create(SoupNodeKind kind, string name, SoupNamespace space)
    {
        if (Count == kinds.Length)
        {
            if (Count >= maxCount)
            {
                throw new InvalidDataException($"the page would make more than {maxCount:N0} HTML nodes (formatting elements reopened over and over)");
            }

            Grow();
        }

        var node = Count++;
        kinds[node] = kind;
        names[node] = name;
        namespaces[node] = space;
        parents[node] = firsts[node] = lasts[node] = nexts[node] = previouses[node] = None;
        return node;
    }

    private void ExtendText(int node, ReadOnlySpan<char> text)
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

    private void Grow() => Resize(kinds.Length + (kinds.Length / 2));

    private void Resize(int size)
    {
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
