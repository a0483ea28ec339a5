using System.Globalization;
using System.Text;

namespace HydraEngine.Model.Text;

/// <summary>
/// Python's <c>repr(float)</c>: the shortest round-trip digits, fixed notation for decimal exponents
/// −4 ≤ e &lt; 16 (always with a fraction, "2.0"), otherwise "d.ddde±XX" with at least two exponent digits.
/// </summary>
public static class PythonFloat
{
    public static string Repr(double value)
    {
        if (double.IsNaN(value))
        {
            return "NaN";
        }

        if (double.IsInfinity(value))
        {
            return value > 0 ? "Infinity" : "-Infinity";
        }

        if (value == 0)
        {
            return double.IsNegative(value) ? "-0.0" : "0.0";
        }

        var (negative, digits, exponent) = Decompose(value);
        var builder = new StringBuilder(digits.Length + 8);
        if (negative)
        {
            builder.Append('-');
        }

        if (exponent is >= -4 and < 16)
        {
            AppendFixed(builder, digits, exponent);
        }
        else
        {
            builder.Append(digits[0]);
            if (digits.Length > 1)
            {
                builder.Append('.').Append(digits, 1, digits.Length - 1);
            }

            builder.Append('e').Append(exponent < 0 ? '-' : '+').Append(Math.Abs(exponent).ToString("00", CultureInfo.InvariantCulture));
        }

        return builder.ToString();
    }

    /// <summary>Shortest digits (no leading/trailing zeros) and the decimal exponent of the first digit.</summary>
    private static (bool Negative, string Digits, int Exponent) Decompose(double value)
    {
        var shortest = Math.Abs(value).ToString("R", CultureInfo.InvariantCulture);
        var mantissaEnd = shortest.IndexOfAny(['E', 'e']);
        var mantissa = mantissaEnd < 0 ? shortest : shortest[..mantissaEnd];
        var explicitExponent = mantissaEnd < 0 ? 0 : int.Parse(shortest[(mantissaEnd + 1)..], NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture);
        var point = mantissa.IndexOf('.');
        var integerPart = point < 0 ? mantissa : mantissa[..point];
        var fraction = point < 0 ? "" : mantissa[(point + 1)..];
        var allDigits = integerPart + fraction;
        var leadingZeros = allDigits.Length - allDigits.TrimStart('0').Length;
        var digits = allDigits.Trim('0');
        var exponent = integerPart.Length - 1 - leadingZeros + explicitExponent;
        return (value < 0, digits.Length == 0 ? "0" : digits, exponent);
    }

    private static void AppendFixed(StringBuilder builder, string digits, int exponent)
    {
        if (exponent < 0)
        {
            builder.Append("0.").Append('0', -exponent - 1).Append(digits);
            return;
        }

        if (digits.Length <= exponent + 1)
        {
            builder.Append(digits).Append('0', exponent + 1 - digits.Length).Append(".0");
            return;
        }

        builder.Append(digits, 0, exponent + 1).Append('.').Append(digits, exponent + 1, digits.Length - exponent - 1);
    }
}
