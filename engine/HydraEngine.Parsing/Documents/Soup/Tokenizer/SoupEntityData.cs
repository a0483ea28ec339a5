using HydraEngine.Strings.Conversions.Encodings;

namespace HydraEngine.Parsing.Documents.Soup.Tokenizer;

/// <summary>
/// The HTML5 named character references html5lib 1.1 knows (<see cref="Html5Entities"/>, Python's
/// <c>html.entities.html5</c>: names with and without the ';'), sorted once, for html5lib's two questions about them:
/// does any name start with this text, and which is the longest name this text starts with.
/// </summary>
internal static class SoupEntityData
{

    /// <summary>True when some name starts with <paramref name="prefix"/>.</summary>
    public static bool HasNameStartingWith(ReadOnlySpan<char> prefix)
    {
        var index = LowerBound(prefix);
        return index < Table.Names.Length && Table.Names[index].AsSpan().StartsWith(prefix, StringComparison.Ordinal);
    }

    /// <summary>The length of the longest name <paramref name="text"/> starts with (0 when none), and its value.</summary>
    public static int LongestNameAtStartOf(ReadOnlySpan<char> text, out string value)
    {
        for (var length = text.Length; length > 0; length--)
        {
            var index = LowerBound(text[..length]);
            if (index < Table.Names.Length && Table.Names[index].AsSpan().SequenceEqual(text[..length]))
            {
                value = Table.Values[index];
                return length;
            }
        }

        value = "";
        return 0;
    }

    private static int LowerBound(ReadOnlySpan<char> key)
    {
        var low = 0;
        var high = Table.Names.Length;
        while (low < high)
        {
            var middle = (low + high) >>> 1;
            if (Table.Names[middle].AsSpan().SequenceCompareTo(key) < 0)
            {
                low = middle + 1;
            }
            else
            {
                high = middle;
            }
        }

        return low;
    }

    /// <summary>The names in ordinal order and their values (a class of its own, built on first use).</summary>
    private static class Table
    {
        public static readonly string[] Names = [.. Html5Entities.All.Keys.Order(StringComparer.Ordinal)];

        public static readonly string[] Values = Array.ConvertAll(Names, name => Html5Entities.All[name]);
    }
}
