using System.Text;
using System.Text.RegularExpressions;
using HydraEngine.Strings.Python;

namespace HydraEngine.Strings.Patterns;

/// <summary>
/// A parsed Python <c>re.sub</c> replacement: literals and group references (<c>\1</c>, <c>\g&lt;1&gt;</c>,
/// <c>\g&lt;name&gt;</c>), escapes <c>\a \b \f \n \r \t \v \\</c> and octal; other <c>\</c>+ASCII letter is an error
/// and any other <c>\</c>+character is kept as both characters. An unmatched group expands to nothing.
/// </summary>
internal sealed class ReplacementTemplate
{
    /// <summary>Literal text, or (when <see cref="Literal"/> is null) a group number.</summary>
    private readonly record struct Part(string? Literal, int Group);

    private readonly Part[] parts;

    private ReplacementTemplate(Part[] parts)
    {
        this.parts = parts;
        Evaluator = Expand;
    }

    /// <summary><see cref="Expand"/> as a reusable delegate.</summary>
    public MatchEvaluator Evaluator { get; }

    /// <exception cref="FormatException">Python would reject the template for this regex.</exception>
    public static ReplacementTemplate Parse(string template, Regex regex)
    {
        var groupCount = regex.GetGroupNumbers().Length - 1;
        var parts = new List<Part>();
        var literal = new StringBuilder();
        var reader = new PatternReader(template);
        while (!reader.AtEnd)
        {
            var c = reader.Text[reader.Position++];
            if (c != '\\')
            {
                literal.Append(c);
                continue;
            }

            if (reader.AtEnd)
            {
                throw reader.Error("bad escape (end of pattern)");
            }

            var e = reader.Text[reader.Position++];
            var group = e switch
            {
                'g' => ReadNamedReference(reader, regex),
                '0' => AppendChar(literal, PatternEscapes.ReadOctal(reader, e, 2) & 0xFF),
                >= '1' and <= '9' => ReadNumericReference(reader, e, literal),
                'b' => AppendChar(literal, '\b'),
                '\\' => AppendChar(literal, '\\'),
                _ when PatternEscapes.ControlEscape(e) >= 0 => AppendChar(literal, PatternEscapes.ControlEscape(e)),
                _ when PatternEscapes.IsAsciiLetter(e) => throw reader.Error($"bad escape \\{e}"),
                _ => AppendChar(literal.Append('\\'), e),
            };
            if (group < 0)
            {
                continue;
            }

            if (group > groupCount)
            {
                throw reader.Error($"invalid group reference {group}");
            }

            if (literal.Length > 0)
            {
                parts.Add(new Part(literal.ToString(), 0));
                literal.Clear();
            }

            parts.Add(new Part(null, group));
        }

        if (literal.Length > 0)
        {
            parts.Add(new Part(literal.ToString(), 0));
        }

        return new ReplacementTemplate([.. parts]);
    }

    /// <summary>The replacement text for one match.</summary>
    public string Expand(Match match)
    {
        if (parts.Length == 1 && parts[0].Literal is { } only)
        {
            return only;
        }

        var builder = new StringBuilder();
        foreach (var part in parts)
        {
            if (part.Literal is not null)
            {
                builder.Append(part.Literal);
            }
            else if (match.Groups[part.Group] is { Success: true } group)
            {
                builder.Append(group.ValueSpan);
            }
        }

        return builder.ToString();
    }

    private static int AppendChar(StringBuilder literal, int c)
    {
        literal.Append((char)c);
        return -1;
    }

    private static int ReadNamedReference(PatternReader reader, Regex regex)
    {
        if (!reader.Match('<'))
        {
            throw reader.Error("missing <");
        }

        var name = reader.ReadUntil('>', "group name");
        if (name.Length == 0)
        {
            throw reader.Error("missing group name");
        }

        if (GroupTracker.IsIdentifier(name))
        {
            var number = regex.GroupNumberFromName(name);
            return number >= 0 ? number : throw new FormatException($"unknown group name '{name}'");
        }

        if (!PythonInt.TryParse(name, out var value) || value.Sign < 0 || value > int.MaxValue)
        {
            throw reader.Error($"bad character in group name '{name}'");
        }

        return (int)value;
    }

    /// <summary><c>\1</c>…<c>\99</c> is a group reference, unless it is three octal digits.</summary>
    private static int ReadNumericReference(PatternReader reader, char first, StringBuilder literal)
    {
        if (!char.IsAsciiDigit(reader.Peek()) || !reader.Has())
        {
            return first - '0';
        }

        var second = reader.Text[reader.Position++];
        if (first <= '7' && second <= '7' && reader.Has() && reader.Peek() is >= '0' and <= '7')
        {
            reader.Position--;
            return AppendChar(literal, PatternEscapes.ReadOctal(reader, first, 2));
        }

        return ((first - '0') * 10) + (second - '0');
    }
}
