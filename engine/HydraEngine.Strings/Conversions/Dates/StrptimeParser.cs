using System.Text.RegularExpressions;
using HydraEngine.Strings.Python;

namespace HydraEngine.Strings.Conversions.Dates;

/// <summary>Python's <c>datetime.strptime(text, format)</c> (C locale), per <c>_strptime._strptime</c>.</summary>
internal static class StrptimeParser
{
    /// <exception cref="FormatException">The text does not match the format, or the fields make no valid date.</exception>
    public static ParsedDate Parse(string text, string format)
    {
        var pattern = StrptimePattern.Get(format);
        var match = pattern.Regex.Match(text);
        if (!match.Success)
        {
            throw new FormatException($"time data '{text}' does not match format '{format}'");
        }

        if (match.Length != text.Length)
        {
            throw new FormatException($"unconverted data remains: {text[match.Length..]}");
        }

        return Resolve(pattern, match);
    }

    /// <summary>As <see cref="Parse"/>, but null (nothing thrown) when the text does not match the format.</summary>
    /// <exception cref="FormatException">The fields make no valid date.</exception>
    public static ParsedDate? TryParse(string text, string format)
    {
        var pattern = StrptimePattern.Get(format);
        if (text.Length > pattern.LongestMatch)
        {
            return null;
        }

        var match = pattern.Regex.Match(text);
        return match.Success && match.Length == text.Length ? Resolve(pattern, match) : null;
    }

    private static ParsedDate Resolve(StrptimePattern pattern, Match match)
    {
        var fields = new StrptimeFields();
        foreach (var directive in pattern.Directives)
        {
            var value = match.Groups[StrptimePattern.GroupName(directive)].Value;
            Read(fields, directive, value, match);
        }

        return StrptimeResolver.Resolve(fields);
    }

    private static void Read(StrptimeFields fields, char directive, string value, Match match)
    {
        switch (directive)
        {
            case 'y': var y = Int(value); fields.Year = y <= 68 ? y + 2000 : y + 1900; break;
            case 'Y': fields.Year = Int(value); break;
            case 'G': fields.IsoYear = Int(value); break;
            case 'm': fields.Month = Int(value); break;
            case 'B': fields.Month = DateNames.IndexOf(DateNames.Months, value, abbreviated: false) + 1; break;
            case 'b': fields.Month = DateNames.IndexOf(DateNames.Months, value, abbreviated: true) + 1; break;
            case 'd': fields.Day = Int(value); break;
            case 'H': fields.Hour = Int(value); break;
            case 'I': fields.Hour = TwelveHour(Int(value), match.Groups["p"].Value); break;
            case 'M': fields.Minute = Int(value); break;
            case 'S': fields.Second = Int(value); break;
            case 'f': fields.Microsecond = Int(value.PadRight(6, '0')); break;
            case 'A': fields.Weekday = DateNames.IndexOf(DateNames.Weekdays, value, abbreviated: false); break;
            case 'a': fields.Weekday = DateNames.IndexOf(DateNames.Weekdays, value, abbreviated: true); break;
            case 'w': var w = Int(value); fields.Weekday = w == 0 ? 6 : w - 1; break;
            case 'u': fields.Weekday = Int(value) - 1; break;
            case 'j': fields.Julian = Int(value); break;
            case 'U' or 'W': fields.WeekOfYear = Int(value); fields.WeekStartsMonday = directive == 'W'; break;
            case 'V': fields.IsoWeek = Int(value); break;
            case 'z': fields.OffsetSeconds = Offset(value); break;
            default: break;
        }
    }

    /// <summary><c>%I</c>: 12 AM is hour 0, PM adds 12 (except 12 PM); no <c>%p</c> means AM.</summary>
    private static int TwelveHour(int hour, string amPm)
    {
        if (amPm.Equals("pm", StringComparison.OrdinalIgnoreCase))
        {
            return hour == 12 ? 12 : hour + 12;
        }

        return hour == 12 ? 0 : hour;
    }

    /// <summary><c>%z</c>: <c>Z</c>, <c>±HHMM[SS[.ffffff]]</c> or with colons (which must then be used consistently).</summary>
    private static long Offset(string z)
    {
        if (z == "Z")
        {
            return 0;
        }

        if (z[3] == ':')
        {
            z = z[..3] + z[4..];
            if (z.Length > 5)
            {
                z = z[5] == ':' ? z[..5] + z[6..] : throw new FormatException("Inconsistent use of : in %z");
            }
        }

        long seconds = (Int(z[1..3]) * 3600) + (Int(z[3..5]) * 60) + (z.Length > 5 ? Int(z[5..Math.Min(7, z.Length)]) : 0);
        if (Math.Abs(seconds) >= 86400)
        {
            throw new FormatException("offset must be strictly between -timedelta(hours=24) and timedelta(hours=24)");
        }

        return z[0] == '-' ? -seconds : seconds;
    }

    private static int Int(string digits) =>
        PythonInt.TryParse(digits, out var value) ? (int)value : throw new FormatException($"invalid number '{digits}'");
}
