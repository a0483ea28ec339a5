using System.Globalization;
using System.Text;

namespace HydraEngine.Strings.Conversions.Dates;

/// <summary>
/// Python's <c>datetime.strftime</c> on a naive date under glibc (C locale): Python handles <c>%f</c> (and
/// <c>%z %Z</c>, empty for naive dates), glibc the rest, with its flags (<c>_ - 0 ^ #</c>), widths and ignored
/// <c>E</c>/<c>O</c> modifiers. An unknown conversion is copied literally (padded to any width), as glibc does.
/// </summary>
internal static class Strftime
{
    public static string Format(DateTime value, string format)
    {
        var output = new StringBuilder(format.Length + 16);
        var i = 0;
        while (i < format.Length)
        {
            var c = format[i++];
            if (c != '%')
            {
                output.Append(c);
                continue;
            }

            var start = i - 1;
            var spec = StrftimeSpec.Read(format, ref i);
            if (spec.Conversion == '\0')
            {
                output.Append(' ', Math.Max(spec.Width - (i - start), 0)).Append(format, start, i - start);
            }
            else if (Number(value, spec.Conversion) is { } number)
            {
                output.Append(FormatNumber(number, spec));
            }
            else
            {
                var text = Text(value, spec) ?? format[start..i];
                output.Append(spec.Zero ? '0' : ' ', Math.Max(spec.Width - text.Length, 0)).Append(text);
            }
        }

        return output.ToString();
    }

    /// <summary>A text conversion; null when glibc does not know the conversion.</summary>
    private static string? Text(DateTime value, StrftimeSpec spec)
    {
        var weekday = (int)value.DayOfWeek;
        var text = spec.Conversion switch
        {
            'a' => DateNames.Weekdays[(weekday + 6) % 7][..3],
            'A' => DateNames.Weekdays[(weekday + 6) % 7],
            'b' or 'h' => DateNames.Months[value.Month - 1][..3],
            'B' => DateNames.Months[value.Month - 1],
            'p' => value.Hour < 12 ? "AM" : "PM",
            'P' => value.Hour < 12 ? "am" : "pm",
            'c' => Format(value, "%a %b %e %H:%M:%S %Y"),
            'D' or 'x' => Format(value, "%m/%d/%y"),
            'F' => Format(value, "%Y-%m-%d"),
            'r' => Format(value, "%I:%M:%S %p"),
            'R' => Format(value, "%H:%M"),
            'T' or 'X' => Format(value, "%H:%M:%S"),
            'n' => "\n",
            't' => "\t",
            '%' => "%",
            'z' or 'Z' => "",
            'f' when spec.IsPlain => value.ToString("ffffff", CultureInfo.InvariantCulture),
            _ => null,
        };
        return text is null ? null : ApplyCase(text, spec);
    }

    /// <summary>A numeric conversion's value, default width and default pad (or null for none).</summary>
    private static (long Value, int Width, char Pad)? Number(DateTime value, char conversion) => conversion switch
    {
        'C' => (value.Year / 100, 1, '0'),
        'd' => (value.Day, 2, '0'),
        'e' => (value.Day, 2, ' '),
        'g' => (ISOWeek.GetYear(value) % 100, 2, '0'),
        'G' => (ISOWeek.GetYear(value), 1, '0'),
        'H' => (value.Hour, 2, '0'),
        'I' => (((value.Hour + 11) % 12) + 1, 2, '0'),
        'j' => (value.DayOfYear, 3, '0'),
        'k' => (value.Hour, 2, ' '),
        'l' => (((value.Hour + 11) % 12) + 1, 2, ' '),
        'm' => (value.Month, 2, '0'),
        'M' => (value.Minute, 2, '0'),
        's' => (LocalTime.LocalSeconds(value, TimeZoneInfo.Local), 1, '0'),
        'S' => (value.Second, 2, '0'),
        'u' => (value.DayOfWeek == DayOfWeek.Sunday ? 7 : (int)value.DayOfWeek, 1, '0'),
        'U' => ((value.DayOfYear - 1 + 7 - (int)value.DayOfWeek) / 7, 2, '0'),
        'V' => (ISOWeek.GetWeekOfYear(value), 2, '0'),
        'w' => ((int)value.DayOfWeek, 1, '0'),
        'W' => ((value.DayOfYear - 1 + 7 - (((int)value.DayOfWeek + 6) % 7)) / 7, 2, '0'),
        'y' => (value.Year % 100, 2, '0'),
        'Y' => (value.Year, 1, '0'),
        _ => null,
    };

    private static string FormatNumber((long Value, int Width, char Pad) number, StrftimeSpec spec)
    {
        var digits = Math.Abs(number.Value).ToString(CultureInfo.InvariantCulture);
        var sign = number.Value < 0 ? "-" : "";
        if (spec.NoPad)
        {
            return (sign + digits).PadLeft(spec.Width);
        }

        var pad = spec.Underscore ? ' ' : spec.Zero ? '0' : number.Pad;
        var width = spec.Width > 0 ? spec.Width : number.Width;
        return sign + digits.PadLeft(Math.Max(width - sign.Length, 0), pad);
    }

    private static string ApplyCase(string text, StrftimeSpec spec)
    {
        if (spec.Upper || (spec.SwapCase && spec.Conversion is 'a' or 'A' or 'b' or 'B' or 'h'))
        {
            return text.ToUpperInvariant();
        }

        return spec.SwapCase && spec.Conversion == 'p' ? text.ToLowerInvariant() : text;
    }
}
