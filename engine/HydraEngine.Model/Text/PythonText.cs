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

        var length = Math.Min(left.Length, right.Length);
        for (var i = 0; i < length; i++)
        {
            var a = left[i];
            var b = right[i];
            if (a == b)
            {
                continue;
            }

            // Surrogates (astral code points) sort above every BMP character in code point order.
            var aRank = char.IsSurrogate(a) ? a + 0x10000 : a;
            var bRank = char.IsSurrogate(b) ? b + 0x10000 : b;
            return aRank.CompareTo(bRank);
        }

        return left.Length.CompareTo(right.Length);
    }

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
