namespace HydraEngine.Parsing.Documents.Soup;

/// <summary>
/// html5lib's list of active formatting elements (-1 is a marker), with a count per name so that looking up a name
/// that is not listed costs nothing.
/// </summary>
internal sealed class SoupFormattingList(SoupNodes nodes, SoupOpenElements open)
{
    public const int Marker = -1;

    private readonly List<int> entries = [];
    private readonly Dictionary<string, int> listedByName = new(StringComparer.Ordinal);
    private readonly HashSet<int> members = [];

    public int Count => entries.Count;

    public int this[int index] => entries[index];

    public bool Contains(int node) => members.Contains(node);

    public int IndexOf(int node) => entries.LastIndexOf(node);

    public void AddMarker() => entries.Add(Marker);

    /// <summary>
    /// Adds a formatting element. html5lib would drop the earliest of three equal ones, but under bs4 its attribute
    /// comparison compares two fresh attribute views by identity and never finds two equal, so nothing is dropped.
    /// </summary>
    public void Add(int element) => Insert(entries.Count, element);

    public void Insert(int index, int element)
    {
        entries.Insert(index, element);
        Listed(element, 1);
    }

    public void Replace(int index, int element)
    {
        Listed(entries[index], -1);
        entries[index] = element;
        Listed(element, 1);
    }

    public void Remove(int element)
    {
        var index = entries.LastIndexOf(element);
        if (index >= 0)
        {
            RemoveAt(index);
        }
    }

    /// <summary>The last element named <paramref name="name"/> after the last marker, or -1.</summary>
    public int LastNamed(string name)
    {
        if (listedByName.GetValueOrDefault(name) == 0)
        {
            return -1;
        }

        for (var i = entries.Count - 1; i >= 0 && entries[i] != Marker; i--)
        {
            if (nodes.Name(entries[i]) == name)
            {
                return entries[i];
            }
        }

        return -1;
    }

    /// <summary>Removes entries up to and including the last marker.</summary>
    public void ClearToMarker()
    {
        while (entries.Count > 0)
        {
            var entry = entries[^1];
            RemoveAt(entries.Count - 1);
            if (entry == Marker)
            {
                return;
            }
        }
    }

    /// <summary>Reopens formatting elements closed since the last marker (clones inserted by <paramref name="insert"/>).</summary>
    public void Reconstruct(Func<int, int> insert)
    {
        if (entries.Count == 0 || entries[^1] == Marker || open.Contains(entries[^1]))
        {
            return;
        }

        var i = entries.Count - 1;
        while (entries[i] != Marker && !open.Contains(entries[i]))
        {
            if (i == 0)
            {
                i = -1;
                break;
            }

            i--;
        }

        while (i < entries.Count - 1)
        {
            i++;
            Replace(i, insert(entries[i]));
        }
    }

    private void RemoveAt(int index)
    {
        Listed(entries[index], -1);
        entries.RemoveAt(index);
    }

    private void Listed(int element, int delta)
    {
        if (element != Marker)
        {
            var name = nodes.Name(element);
            listedByName[name] = listedByName.GetValueOrDefault(name) + delta;
            if (delta > 0)
            {
                members.Add(element);
            }
            else
            {
                members.Remove(element);
            }
        }
    }
}
