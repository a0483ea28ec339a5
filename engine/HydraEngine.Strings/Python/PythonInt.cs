using System.Globalization;
using System.Numerics;
using System.Text;

namespace HydraEngine.Strings.Python;

/// <summary>Python <c>int(text)</c> and <c>str(int)</c> for base 10, including the 4300-digit conversion limit.</summary>
internal static class PythonInt
{
    /// <summary>Python 3.11's default <c>sys.get_int_max_str_digits()</c>.</summary>
    public const int MaxStringDigits = 4300;

    /// <summary>
    /// Parses like <c>int(text)</c>: surrounding whitespace, one sign, Unicode decimal digits, single
    /// underscores between digits. Fails on anything else and on more than <see cref="MaxStringDigits"/> digits.
    /// </summary>
    public static bool TryParse(string text, out BigInteger value)
    {
        value = BigInteger.Zero;
        var trimmed = PythonChars.Strip(text);
        var span = trimmed.AsSpan();
        var negative = false;
        if (span.Length > 0 && span[0] is '+' or '-')
        {
            negative = span[0] == '-';
            span = span[1..];
        }

        var digits = new StringBuilder(span.Length);
        var previousWasDigit = false;
        foreach (var rune in span.EnumerateRunes())
        {
            if (rune.Value == '_' && previousWasDigit)
            {
                previousWasDigit = false;
                continue;
            }

            if (Rune.GetUnicodeCategory(rune) != UnicodeCategory.DecimalDigitNumber)
            {
                return false;
            }

            digits.Append((char)('0' + (int)Rune.GetNumericValue(rune)));
            previousWasDigit = true;
        }

        if (!previousWasDigit || digits.Length > MaxStringDigits)
        {
            return false;
        }

        value = BigInteger.Parse(digits.ToString(), NumberStyles.None, CultureInfo.InvariantCulture);
        value = negative ? -value : value;
        return true;
    }

    /// <summary><c>str(value)</c>; fails past <see cref="MaxStringDigits"/> digits as Python does.</summary>
    public static bool TryFormat(BigInteger value, out string text)
    {
        text = value.ToString(CultureInfo.InvariantCulture);
        return text.Length - (value.Sign < 0 ? 1 : 0) <= MaxStringDigits;
    }
}
