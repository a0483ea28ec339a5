using System.Text;
using System.Text.RegularExpressions;
using HydraEngine.Strings.Patterns;

namespace HydraEngine.Strings.Conversions.Dates;

/// <summary>
/// A <c>strptime</c> format compiled the way Python's <c>_strptime.TimeRE</c> does it: regex metacharacters escaped,
/// each whitespace run made <c>\s+</c>, each directive replaced by Python's own alternation (so matching and
/// backtracking pick the same fields), case-insensitive. <see cref="Directives"/> lists the directives in order.
/// </summary>
internal sealed class StrptimePattern
{
    private const string EscapedCharacters = @"\.^$*+?(){}[]|";

    private static readonly BoundedCache<string, StrptimePattern> Cache = new(1024);

    private StrptimePattern(Regex regex, IReadOnlyList<char> directives)
    {
        Regex = regex;
        Directives = directives;
    }

    public Regex Regex { get; }

    public IReadOnlyList<char> Directives { get; }

    /// <exception cref="FormatException">A bad or repeated directive, or a stray <c>%</c>.</exception>
    public static StrptimePattern Get(string format) => Cache.GetOrAdd(format, Compile);

    private static StrptimePattern Compile(string format)
    {
        var pattern = new StringBuilder("\\G");
        var directives = new List<char>();
        Append(pattern, format, directives);
        var regex = new Regex(pattern.ToString(), RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, PythonRegex.MatchTimeout);
        return new StrptimePattern(regex, directives);
    }

    private static void Append(StringBuilder pattern, string format, List<char> directives)
    {
        for (var i = 0; i < format.Length; i++)
        {
            var c = format[i];
            if (Python.PythonChars.IsWhitespace(c))
            {
                while (i + 1 < format.Length && Python.PythonChars.IsWhitespace(format[i + 1]))
                {
                    i++;
                }

                pattern.Append(@"[\s\x1c-\x1f]+");
            }
            else if (c != '%')
            {
                pattern.Append(EscapedCharacters.Contains(c) ? "\\" : "").Append(c);
            }
            else if (++i >= format.Length)
            {
                throw new FormatException($"stray % in format '{format}'");
            }
            else if (format[i] is 'c' or 'x' or 'X')
            {
                Append(pattern, format[i] switch { 'c' => "%a %b %d %H:%M:%S %Y", 'x' => "%m/%d/%y", _ => "%H:%M:%S" }, directives);
            }
            else
            {
                AppendDirective(pattern, format[i], directives, format);
            }
        }
    }

    private static void AppendDirective(StringBuilder pattern, char directive, List<char> directives, string format)
    {
        var body = DirectiveBody(directive) ?? throw new FormatException($"'{directive}' is a bad directive in format '{format}'");
        if (directive == '%')
        {
            pattern.Append('%');
            return;
        }

        if (directives.Contains(directive))
        {
            throw new FormatException($"redefinition of group name '{directive}'");
        }

        directives.Add(directive);
        pattern.Append("(?<").Append(GroupName(directive)).Append('>').Append(body).Append(')');
    }

    /// <summary>The regex group of a directive (upper-case ones get a <c>_</c> suffix so names read unambiguously).</summary>
    public static string GroupName(char directive) => char.IsUpper(directive) ? directive + "_" : directive.ToString();

    private static string? DirectiveBody(char directive) => directive switch
    {
        'd' => @"3[0-1]|[1-2]\d|0[1-9]|[1-9]| [1-9]",
        'f' => "[0-9]{1,6}",
        'H' => @"2[0-3]|[0-1]\d|\d",
        'I' => "1[0-2]|0[1-9]|[1-9]",
        'G' => @"\d\d\d\d",
        'j' => @"36[0-6]|3[0-5]\d|[1-2]\d\d|0[1-9]\d|00[1-9]|[1-9]\d|0[1-9]|[1-9]",
        'm' => "1[0-2]|0[1-9]|[1-9]",
        'M' => @"[0-5]\d|\d",
        'S' => @"6[0-1]|[0-5]\d|\d",
        'U' or 'W' => @"5[0-3]|[0-4]\d|\d",
        'w' => "[0-6]",
        'u' => "[1-7]",
        'V' => @"5[0-3]|0[1-9]|[1-4]\d|\d",
        'y' => @"\d\d",
        'Y' => @"\d\d\d\d",
        'z' => @"[+-]\d\d:?[0-5]\d(?::?[0-5]\d(?:\.\d{1,6})?)?|(?-i:Z)",
        'A' => "wednesday|thursday|saturday|tuesday|monday|friday|sunday",
        'a' => "mon|tue|wed|thu|fri|sat|sun",
        'B' => "september|february|november|december|january|october|august|march|april|june|july|may",
        'b' => "jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec",
        'p' => "am|pm",
        'Z' => LocalTime.ZoneNamePattern,
        '%' => "%",
        _ => null,
    };
}
