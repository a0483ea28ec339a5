namespace HydraEngine.Parsing.Documents.Soup.Tokenizer;

/// <summary>
/// One string object per repeated tag name, attribute name or short attribute value of a document (looked up by span,
/// so a repeat costs no allocation), up to a limit of distinct strings.
/// </summary>
internal sealed class SoupSharedStrings
{
    private const int MaxStrings = 65_536;
    private const int MaxLength = 256;

    private readonly Dictionary<string, string> strings = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> lookup;

    public SoupSharedStrings()
    {
        lookup = strings.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    public string Share(ReadOnlySpan<char> text)
    {
        if (text.IsEmpty)
        {
            return "";
        }

        if (lookup.TryGetValue(text, out var shared))
        {
            return shared;
        }

        var made = text.ToString();
        if (text.Length <= MaxLength && strings.Count < MaxStrings)
        {
            strings[made] = made;
        }

        return made;
    }
}
