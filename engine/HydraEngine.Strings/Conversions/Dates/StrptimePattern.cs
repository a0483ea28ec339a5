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

    private StrptimePattern(Regex regex, IReadOnlyList<char> directives, int? longestMatch)
    {
        Regex = regex;
        Directives = directives;
        LongestMatch = longestMatch;
    }

    public Regex Regex { get; }

    public IReadOnlyList<char> Directives { get; }

    /// <summary>The most characters a match can take (null when a whitespace run or zone name has no bound): a longer text cannot match whole.</summary>
    public int? LongestMatch { get; }

    /// <exception cref="FormatException">A bad or repeated directive, or a stray <c>%</c>.</exception>
    public static StrptimePattern Get(string format) => Cache.GetOrAdd(format, Compile);

    private static StrptimePattern Compile(string format)
    {
        var pattern = new StringBuilder("\\G");
        var directives = new List<char>();
        int? longest = 0;
        Append(pattern, format, directives, ref longest);
        var regex = new Regex(pattern.ToString(), RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, PythonRegex.MatchTimeout);
        return new StrptimePattern(regex, directives, longest);
    }

    private static void Append(StringBuilder pattern, string format, List<char> directives, ref int? longest)
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
                longest = null;
            }
            else if (c != '%')
            {
                pattern.Append(EscapedCharacters.Contains(c) ? "\\" : "").Append(c);
                longest++;
            }
            else if (++i >= format.Length)
            {
                throw new FormatException($"stray % in format '{format}'");
            }
            else if (format[i] is 'c' or 'x' or 'X')
            {
                Append(pattern, format[i] switch { 'c' => "%a %b %d %H:%M:%S %Y", 'x' => "%m/%d/%y", _ => "%H:%M:%S" }, directives, ref longest);
            }
            else
            {
                longest += AppendDirective(pattern, format[i], directives, format);
            }
        }
    }

    /// <summary>Appends a directive's group; returns the most characters it can match (null: no bound).</summary>
    private static int? AppendDirective(StringBuilder pattern, char directive, List<char> directives, string format)
    {
        var (body, longest) = DirectiveBody(directive) ?? throw new FormatException($"'{directive}' is a bad directive in format '{format}'");
        if (directive == '%')
        {
            pattern.Append('%');
            return longest;
        }

        if (directives.Contains(directive))
        {
            throw new FormatException($"redefinition of group name '{directive}'");
        }

        directives.Add(directive);
        pattern.Append("(?<").Append(GroupName(directive)).Append('>').Append(body).Append(')');
        return longest;
    }

    /// <summary>The regex group of a directive (upper-case ones get a <c>_</c> suffix so names read unambiguously).</summary>
    public static string GroupName(char directive) => char.IsUpper(directive) ? directive + "_" : directive.ToString();

    /// <summary>A directive's regex (Python's <c>TimeRE</c>) and the most characters it can match (null: no bound).</summary>
    private static (string Body, int? Longest)? DirectiveBody(char directive) => directive switch
    {
        'd' => (@"3[0-1]|[1-2]\d|0[1-9]|[1-9]| [1-9]", 2),
        'f' => ("[0-9]{1,6}", 6),
        'H' => (@"2[0-3]|[0-1]\d|\d", 2),
        'I' => ("1[0-2]|0[1-9]|[1-9]", 2),
        'G' => (@"\d\d\d\d", 4),
        'j' => (@"36[0-6]|3[0-5]\d|[1-2]\d\d|0[1-9]\d|00[1-9]|[1-9]\d|0[1-9]|[1-9]", 3),
        'm' => ("1[0-2]|0[1-9]|[1-9]", 2),
        'M' => (@"[0-5]\d|\d", 2),
        'S' => (@"6[0-1]|[0-5]\d|\d", 2),
        'U' or 'W' => (@"5[0-3]|[0-4]\d|\d", 2),
        'w' => ("[0-6]", 1),
        'u' => ("[1-7]", 1),
        'V' => (@"5[0-3]|0[1-9]|[1-4]\d|\d", 2),
        'y' => (@"\d\d", 2),
        'Y' => (@"\d\d\d\d", 4),
        'z' => (@"[+-]\d\d:?[0-5]\d(?::?[0-5]\d(?:\.\d{1,6})?)?|(?-i:Z)", 16),
        'A' => ("wednesday|thursday|saturday|tuesday|monday|friday|sunday", 9),
        'a' => ("mon|tue|wed|thu|fri|sat|sun", 3),
        'B' => ("september|february|november|december|january|october|august|march|april|june|july|may", 9),
        'b' => ("jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec", 3),
        'p' => ("am|pm", 2),
        'Z' => (LocalTime.ZoneNamePattern, null),
        '%' => ("%", 1),
        _ => null,
    };
}
