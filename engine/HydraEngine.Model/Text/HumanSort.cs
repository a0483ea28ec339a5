using System.Globalization;
using System.Text;

namespace HydraEngine.Model.Text;

/// <summary>
/// hydrus's human sort key (<c>HumanTextSortKey</c>, objects.md §0): the case-folded text is split at runs of
/// ASCII digits; digit runs (and text parts made only of Unicode decimal digits) compare as numbers, other
/// parts as text by code point, a number part sorting before a text part at the same position, and a key
/// that is a prefix of another sorting first. So <c>"page 9" &lt; "page 10"</c> and <c>"a" &lt; "a1"</c>.
/// </summary>
public static class HumanSort
{
    /// <summary>Compares strings by their human sort keys (case-folds both on every call).</summary>
    public static IComparer<string> Comparer { get; } = Comparer<string>.Create(Compare);

    /// <summary>Compares two texts by their human sort keys.</summary>
    public static int Compare(string? left, string? right)
    {
        if (left is null || right is null)
        {
            return left is null ? (right is null ? 0 : -1) : 1;
        }

        return CompareFolded(PythonText.CaseFold(left), PythonText.CaseFold(right));
    }

    /// <summary>
    /// Compares two texts that are already case-folded (<see cref="PythonText.CaseFold"/>); lets a caller
    /// sorting many texts fold each one once.
    /// </summary>
    public static int CompareFolded(ReadOnlySpan<char> left, ReadOnlySpan<char> right)
    {
        var a = new PartReader(left);
        var b = new PartReader(right);
        while (true)
        {
            var hasA = a.TryNext(out var textA, out var numberA);
            var hasB = b.TryNext(out var textB, out var numberB);
            if (!hasA || !hasB)
            {
                return hasA == hasB ? 0 : (hasA ? 1 : -1);
            }

            var order = CompareCodePoints(textA, textB);
            if (order == 0)
            {
                order = CompareDigits(numberA, numberB);
            }

            if (order != 0)
            {
                return order;
            }
        }
    }

    /// <summary>Orders spans by code point (surrogates rank above the rest of the BMP).</summary>
    private static int CompareCodePoints(ReadOnlySpan<char> left, ReadOnlySpan<char> right)
    {
        var common = left.CommonPrefixLength(right);
        if (common == left.Length || common == right.Length)
        {
            return left.Length.CompareTo(right.Length);
        }

        var a = left[common];
        var b = right[common];
        var aRank = char.IsSurrogate(a) ? a + 0x10000 : a;
        var bRank = char.IsSurrogate(b) ? b + 0x10000 : b;
        return aRank.CompareTo(bRank);
    }

    /// <summary>Compares two runs of Unicode decimal digits by numeric value (an empty run is zero).</summary>
    private static int CompareDigits(ReadOnlySpan<char> left, ReadOnlySpan<char> right)
    {
        var a = SkipLeadingZeros(left);
        var b = SkipLeadingZeros(right);
        var lengthA = CountDigits(a);
        var lengthB = CountDigits(b);
        if (lengthA != lengthB)
        {
            return lengthA.CompareTo(lengthB);
        }

        int i = 0, j = 0;
        while (i < a.Length && j < b.Length)
        {
            var order = DigitAt(a, ref i).CompareTo(DigitAt(b, ref j));
            if (order != 0)
            {
                return order;
            }
        }

        return 0;
    }

    private static ReadOnlySpan<char> SkipLeadingZeros(ReadOnlySpan<char> digits)
    {
        var index = 0;
        while (index < digits.Length)
        {
            var next = index;
            if (DigitAt(digits, ref next) != 0)
            {
                break;
            }

            index = next;
        }

        return digits[index..];
    }

    private static int CountDigits(ReadOnlySpan<char> digits)
    {
        var count = 0;
        foreach (var character in digits)
        {
            count += char.IsLowSurrogate(character) ? 0 : 1;
        }

        return count;
    }

    private static int DigitAt(ReadOnlySpan<char> digits, ref int index)
    {
        var character = digits[index];
        if (character is >= '0' and <= '9')
        {
            index++;
            return character - '0';
        }

        Rune.DecodeFromUtf16(digits[index..], out var rune, out var consumed);
        index += consumed;
        return (int)Rune.GetNumericValue(rune);
    }

    /// <summary>Reads the parts of <c>re.split('([0-9]+)', text)</c> as (text, number) pairs.</summary>
    private ref struct PartReader(ReadOnlySpan<char> text)
    {
        private readonly ReadOnlySpan<char> text = text;
        private int position;
        private bool digitsNext;
        private bool finished;

        public bool TryNext(out ReadOnlySpan<char> partText, out ReadOnlySpan<char> partNumber)
        {
            partText = partNumber = default;
            if (finished)
            {
                return false;
            }

            var start = position;
            var rest = text[start..];
            var length = digitsNext ? rest.IndexOfAnyExceptInRange('0', '9') : rest.IndexOfAnyInRange('0', '9');
            length = length < 0 ? rest.Length : length;
            position += length;
            var part = rest[..length];
            if (digitsNext)
            {
                partNumber = part;
            }
            else
            {
                finished = position == text.Length;
                if (IsDecimal(part))
                {
                    partNumber = part;
                }
                else
                {
                    partText = part;
                }
            }

            digitsNext = !digitsNext;
            return true;
        }

        /// <summary>Python <c>str.isdecimal()</c>: non-empty and every code point a decimal digit (Nd).</summary>
        private static bool IsDecimal(ReadOnlySpan<char> part)
        {
            if (part.IsEmpty)
            {
                return false;
            }

            foreach (var rune in part.EnumerateRunes())
            {
                if (Rune.GetUnicodeCategory(rune) != UnicodeCategory.DecimalDigitNumber)
                {
                    return false;
                }
            }

            return true;
        }
    }
}
