using System.Globalization;
using System.Text;

namespace HydraEngine.Strings.Conversions.Dates.Dateutil;

/// <summary>
/// Python's number readings as dateutil uses them on tokens: <c>float()</c> to tell a number token (digits with
/// at most one dot, any script's decimal digits), <c>Decimal()</c> for its value and <c>int()</c> on slices.
/// Anything else is a <see cref="FormatException"/>, as Python's <c>ValueError</c> is.
/// </summary>
internal static class DateutilNumbers
{
    /// <summary>Whether Python's <c>float()</c> accepts the token (words such as <c>nan</c> included).</summary>
    public static bool IsFloat(string token) => IsDecimal(token) || IsNonFinite(token);

    /// <summary>The words <c>float()</c> reads as infinity or not-a-number, which <c>Decimal</c> then refuses.</summary>
    public static bool IsNonFinite(string token) => token.ToLowerInvariant() is "nan" or "inf" or "infinity";

    public static decimal ToDecimal(string token)
    {
        if (!IsDecimal(token))
        {
            throw new FormatException($"Could not convert {token} to decimal");
        }

        return decimal.Parse(Ascii(token), NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture);
    }

    /// <summary>Python's <c>int()</c> of a slice: decimal digits only.</summary>
    public static long PyInt(string text)
    {
        if (text.Length == 0 || !text.All(char.IsDigit))
        {
            throw new FormatException($"invalid literal for int(): '{text}'");
        }

        return long.Parse(Ascii(text), NumberStyles.None, CultureInfo.InvariantCulture);
    }

    /// <summary>Python's <c>int()</c> of a decimal: toward zero.</summary>
    public static long Truncate(decimal value) => (long)decimal.Truncate(value);

    /// <summary>Python's <c>int(60 * fraction)</c>, the minutes or seconds of a fractional hour or minute.</summary>
    public static long Sixtieths(decimal value) => Truncate(60 * (value - decimal.Truncate(value)));

    /// <summary>dateutil's <c>_parsems</c>: whole seconds and microseconds of <c>S[.F]</c>.</summary>
    public static (long Seconds, long Microseconds) SecondsAndMicroseconds(string text)
    {
        var parts = text.Split('.');
        return parts.Length switch
        {
            1 => (PyInt(text), 0),
            2 => (PyInt(parts[0]), PyInt(parts[1].PadRight(6, '0')[..6])),
            _ => throw new FormatException("too many values to unpack"),
        };
    }

    private static bool IsDecimal(string token)
    {
        var dots = 0;
        var digits = 0;
        foreach (var c in token)
        {
            if (c == '.')
            {
                dots++;
            }
            else if (char.IsDigit(c))
            {
                digits++;
            }
            else
            {
                return false;
            }
        }

        return digits > 0 && dots <= 1;
    }

    private static string Ascii(string text)
    {
        var ascii = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            ascii.Append(char.IsDigit(c) ? (char)('0' + (int)char.GetNumericValue(c)) : c);
        }

        return ascii.ToString();
    }
}
