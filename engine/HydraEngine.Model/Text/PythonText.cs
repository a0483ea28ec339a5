using System.Text;

namespace HydraEngine.Model.Text;

/// <summary>Python string behaviour that leaks into hydrus results (objects.md §0).</summary>
public static class PythonText
{
    /// <summary>
    /// Python <c>str.casefold()</c>: full case folding. Invariant lower-casing plus the multi-character
    /// folds that occur in real text (ß, ẞ, ﬀ–ﬆ ligatures, final sigma, Turkish dotted I).
    /// </summary>
    public static string CaseFold(string text)
    {
        var lowered = text.ToLowerInvariant();
        if (IsAscii(lowered))
        {
            return lowered;
        }

        var builder = new StringBuilder(lowered.Length + 4);
        foreach (var character in lowered)
        {
            builder.Append(character switch
            {
                'ß' or 'ẞ' => "ss",
                'ς' => "σ",
                'ﬀ' => "ff",
                'ﬁ' => "fi",
                'ﬂ' => "fl",
                'ﬃ' => "ffi",
                'ﬄ' => "ffl",
                'ﬅ' or 'ﬆ' => "st",
                'İ' => "i\u0307",
                _ => character.ToString(),
            });
        }

        return builder.ToString();
    }

    /// <summary>Orders strings by Unicode code point, as Python compares <c>str</c>.</summary>
    public static int CompareCodePoints(string? left, string? right)
    {
        if (left is null || right is null)
        {
            return left is null ? (right is null ? 0 : -1) : 1;
        }

        var common = left.AsSpan().CommonPrefixLength(right);
        if (common == left.Length || common == right.Length)
        {
            return left.Length.CompareTo(right.Length);
        }

        var a = left[common];
        var b = right[common];

        // UTF-16 order equals code point order except that surrogates (astral code points) sort above U+E000–U+FFFF
        var aRank = char.IsSurrogate(a) ? a + 0x10000 : a;
        var bRank = char.IsSurrogate(b) ? b + 0x10000 : b;
        return aRank.CompareTo(bRank);
    }

    /// <summary>Python <c>len(str)</c>: code points, so a surrogate pair counts once.</summary>
    public static int CodePointLength(string text)
    {
        var length = text.Length;
        foreach (var character in text)
        {
            if (char.IsLowSurrogate(character))
            {
                length--;
            }
        }

        return length;
    }

    /// <summary>Python <c>str.isspace()</c> for one UTF-16 unit (all Python whitespace is in the BMP).</summary>
    public static bool IsSpace(char character) => character switch
    {
        >= '\t' and <= '\r' => true,
        ' ' or '\x1c' or '\x1d' or '\x1e' or '\x1f' or '\x85' or '\xa0' or '\u1680' => true,
        >= '\u2000' and <= '\u200a' => true,
        '\u2028' or '\u2029' or '\u202f' or '\u205f' or '\u3000' => true,
        _ => false,
    };

    /// <summary>Python <c>str.strip()</c>: removes Python whitespace from both ends.</summary>
    public static string Strip(string text)
    {
        var start = 0;
        var end = text.Length;
        while (start < end && IsSpace(text[start]))
        {
            start++;
        }

        while (end > start && IsSpace(text[end - 1]))
        {
            end--;
        }

        return start == 0 && end == text.Length ? text : text[start..end];
    }

    /// <summary>Python <c>str.splitlines()</c>: splits on \n \r \r\n \v \f \x1c \x1d \x1e \x85 \u2028 \u2029, no trailing empty line.</summary>
    public static List<string> SplitLines(string text)
    {
        var lines = new List<string>();
        var start = 0;
        var i = 0;
        while (i < text.Length)
        {
            var character = text[i];
            if (IsLineBreak(character))
            {
                lines.Add(text[start..i]);
                i += character == '\r' && i + 1 < text.Length && text[i + 1] == '\n' ? 2 : 1;
                start = i;
            }
            else
            {
                i++;
            }
        }

        if (start < text.Length)
        {
            lines.Add(text[start..]);
        }

        return lines;
    }

    private static bool IsLineBreak(char character) =>
        character is '\n' or '\r' or '\v' or '\f' or '\x1c' or '\x1d' or '\x1e' or '\x85' or '\u2028' or '\u2029';

    private static bool IsAscii(string text)
    {
        foreach (var character in text)
        {
            if (character > 0x7f)
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>A comparer by code point, for sorting.</summary>
    public static IComparer<string> CodePointComparer { get; } = Comparer<string>.Create(CompareCodePoints);
}
