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

    public bool SelfClosing { get; private set; } = selfClosing;

    /// <summary>
    /// Makes this object the next tag the tokenizer read (it reuses one object: the tree builder is done with a tag before
    /// it asks for the next token, and the tree copies the attributes it keeps).
    /// </summary>
    public SoupTag Reset(string name, List<KeyValuePair<string, string>> attributes, bool selfClosing)
    {
        Name = name;
        Attributes = attributes;
        SelfClosing = selfClosing;
        return this;
    }

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
