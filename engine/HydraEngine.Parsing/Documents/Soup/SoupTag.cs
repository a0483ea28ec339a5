namespace HydraEngine.Parsing.Documents.Soup;

/// <summary>A start or end tag as the tree builder reads it (name lowercase; attributes in source order, first of each name kept).</summary>
internal sealed class SoupTag(string name, List<KeyValuePair<string, string>> attributes, bool selfClosing = false)
{
    public SoupTag(string name)
        : this(name, [])
    {
    }

    public string Name { get; set; } = name;

    public List<KeyValuePair<string, string>> Attributes { get; set; } = attributes;

    public bool SelfClosing { get; } = selfClosing;

    public string? Attribute(string key)
    {
        foreach (var pair in Attributes)
        {
            if (pair.Key == key)
            {
                return pair.Value;
            }
        }

        return null;
    }
}
