using System.Collections.Frozen;
using HydraEngine.Strings.Conversions.Encodings;

namespace HydraEngine.Parsing.Documents.Soup.Tokenizer;

/// <summary>
/// The HTML5 named character references html5lib 1.1 knows (<see cref="Html5Entities"/>, Python's
/// <c>html.entities.html5</c>: names with and without the ';'), indexed once for html5lib's two questions about them:
/// does any name start with this text, and which is the longest name this text starts with. Both are looked up by
/// span, so a reference costs no allocation.
/// </summary>
internal static class SoupEntityData
{
    private static readonly FrozenSet<string> Prefixes = Html5Entities.All.Keys
        .SelectMany(name => Enumerable.Range(1, name.Length).Select(length => name[..length]))
        .ToFrozenSet(StringComparer.Ordinal);

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> PrefixLookup = Prefixes.GetAlternateLookup<ReadOnlySpan<char>>();

    private static readonly FrozenDictionary<string, string> Values = Html5Entities.All.ToFrozenDictionary(StringComparer.Ordinal);

    private static readonly FrozenDictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> ValueLookup = Values.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>True when some name starts with <paramref name="prefix"/>.</summary>
    public static bool HasNameStartingWith(ReadOnlySpan<char> prefix) => PrefixLookup.Contains(prefix);

    /// <summary>The length of the longest name <paramref name="text"/> starts with (0 when none), and its value.</summary>
    public static int LongestNameAtStartOf(ReadOnlySpan<char> text, out string value)
    {
        for (var length = text.Length; length > 0; length--)
        {
            if (ValueLookup.TryGetValue(text[..length], out var found))
            {
                value = found;
                return length;
            }
        }

        value = "";
        return 0;
    }
}
