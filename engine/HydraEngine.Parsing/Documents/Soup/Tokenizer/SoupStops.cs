using System.Buffers;

namespace HydraEngine.Parsing.Documents.Soup.Tokenizer;

/// <summary>The characters that end a run of text, a name or a value in each of the tokenizer's states.</summary>
internal static class SoupStops
{
    public static readonly SearchValues<char> Data = SearchValues.Create("&<\0");

    public static readonly SearchValues<char> Raw = SearchValues.Create("<\0");

    public static readonly SearchValues<char> Nul = SearchValues.Create("\0");

    public static readonly SearchValues<char> Spaces = SearchValues.Create(" \t\n\r\f");

    public static readonly SearchValues<char> Escaped = SearchValues.Create("-<>\0");

    public static readonly SearchValues<char> TagName = SearchValues.Create(" \t\n\r\f>/\0");

    public static readonly SearchValues<char> AttributeName = SearchValues.Create(" \t\n\r\f>/=\0");

    public static readonly SearchValues<char> UnquotedValue = SearchValues.Create(" \t\n\r\f>&\0");

    public static readonly SearchValues<char> DoubleQuotedValue = SearchValues.Create("\"&\0");

    public static readonly SearchValues<char> SingleQuotedValue = SearchValues.Create("'&\0");
}
