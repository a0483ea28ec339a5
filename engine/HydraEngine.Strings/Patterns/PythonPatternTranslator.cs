using System.Globalization;
using System.Text;

namespace HydraEngine.Strings.Patterns;

/// <summary>
/// Translates a Python <c>re</c> pattern into an equivalent .NET pattern (objects.md §0), rejecting what Python
/// rejects. Capture groups keep Python's numbering: when named groups exist every unnamed group is numbered
/// explicitly, and .NET then gives the named groups the remaining (Python) numbers.
/// </summary>
internal sealed class PythonPatternTranslator
{
    private readonly PatternReader reader;
    private readonly StringBuilder output;
    private readonly bool numberExplicitly;
    private readonly GroupTracker groups = new();
    private readonly Stack<int> groupStarts = new();
    private bool ascii;
    private bool verbose;
    private bool atStart = true;
    private int atomStart = -1;

    private PythonPatternTranslator(string pattern)
    {
        reader = new PatternReader(pattern);
        output = new StringBuilder(pattern.Length + 16);
        numberExplicitly = pattern.Contains("(?P<", StringComparison.Ordinal);
    }

    /// <summary>Translates a pattern.</summary>
    /// <exception cref="FormatException">Python would not compile the pattern, or it uses unsupported syntax.</exception>
    public static string Translate(string pattern)
    {
        var translator = new PythonPatternTranslator(pattern);
        translator.Run();
        return translator.output.ToString();
    }

    private void Run()
    {
        while (!reader.AtEnd)
        {
            var c = reader.Peek();
            if (verbose && reader.SkipVerboseSpaceOrComment())
            {
                continue;
            }

            var wasAtStart = atStart;
            atStart = false;
            var before = output.Length;
            atomStart = c is '*' or '+' or '?' or '{' ? atomStart : before;
            switch (c)
            {
                case '\\': reader.Position++; TranslateEscape(); break;
                case '[': reader.Position++; CharacterClassTranslator.Translate(reader, output, ascii); break;
                case '(': reader.Position++; OpenGroup(wasAtStart, before); break;
                case ')': reader.Position++; groups.Close(reader); atomStart = groupStarts.Pop(); output.Append(')'); break;
                case '{': reader.Position++; TranslateBrace(before); break;
                case '*' or '+' or '?': reader.Position++; output.Append(c); AfterQuantifier(); break;
                case '}' or ']': reader.Position++; output.Append('\\').Append(c); break;
                case '.' or '^' or '$' or '|': reader.Position++; output.Append(c); break;
                default: PatternEscapes.AppendLiteral(output, reader.ReadCodePoint(), inClass: false); break;
            }
        }

        groups.EnsureAllClosed(reader);
    }

    /// <summary>A lazy <c>?</c>, or a Python 3.11 possessive <c>+</c> (run as an atomic group around the repeat).</summary>
    private void AfterQuantifier()
    {
        var lazy = reader.Match('?');
        if (lazy)
        {
            output.Append('?');
        }

        if (reader.Has() && reader.Peek() == '+')
        {
            if (lazy || atomStart < 0)
            {
                throw reader.Error("multiple repeat");
            }

            reader.Position++;
            output.Insert(atomStart, "(?>").Append(')');
        }
    }

    private void TranslateBrace(int before)
    {
        if (RepeatBrace.TryRead(reader, output))
        {
            AfterQuantifier();
        }
        else
        {
            atomStart = before;
        }
    }

    private void TranslateEscape()
    {
        if (reader.AtEnd)
        {
            throw reader.Error("bad escape (end of pattern)");
        }

        var letter = reader.Peek();
        var escaped = reader.ReadCodePoint();
        switch (escaped)
        {
            case 'd' or 'D' or 'w' or 'W' or 's' or 'S': output.Append(PatternEscapes.ClassEscape(letter, ascii)); break;
            case 'b' or 'B' or 'A': output.Append('\\').Append(letter); break;
            case 'Z': output.Append(@"\z"); break;
            case 'x' or 'u' or 'U': PatternEscapes.AppendLiteral(output, PatternEscapes.ReadHex(reader, letter), inClass: false); break;
            case '0': PatternEscapes.AppendLiteral(output, PatternEscapes.ReadOctal(reader, letter, 2), inClass: false); break;
            case >= '1' and <= '9': TranslateNumericEscape(letter); break;
            case 'N': PatternEscapes.AppendLiteral(output, PatternEscapes.ReadNamed(reader), inClass: false); break;
            case var _ when PatternEscapes.ControlEscape(letter) >= 0: output.Append('\\').Append(letter); break;
            case var _ when PatternEscapes.IsAsciiLetter(escaped): throw reader.Error($"bad escape \\{letter}");
            default: PatternEscapes.AppendLiteral(output, escaped, inClass: false); break;
        }
    }

    /// <summary><c>\1</c>…<c>\99</c> is a backreference, unless it is three octal digits.</summary>
    private void TranslateNumericEscape(char first)
    {
        var digits = first.ToString();
        if (char.IsAsciiDigit(reader.Peek()) && reader.Has())
        {
            var second = reader.Text[reader.Position++];
            if (first <= '7' && second <= '7' && reader.Peek() is >= '0' and <= '7' && reader.Has())
            {
                reader.Position--;
                PatternEscapes.AppendLiteral(output, PatternEscapes.ReadOctal(reader, first, 2), inClass: false);
                return;
            }

            digits += second;
        }

        var number = int.Parse(digits, CultureInfo.InvariantCulture);
        groups.CheckReference(reader, number);
        output.Append(@"\k<").Append(number).Append('>');
    }

    private void OpenGroup(bool wasAtStart, int before)
    {
        var depth = groups.Depth;
        OpenGroupKind(wasAtStart);
        if (groups.Depth > depth)
        {
            groupStarts.Push(before);
        }
    }

    private void OpenGroupKind(bool wasAtStart)
    {
        if (!reader.Match('?'))
        {
            var number = groups.OpenCapture(null);
            output.Append(numberExplicitly ? $"(?<{number}>" : "(");
            return;
        }

        if (reader.AtEnd)
        {
            throw reader.Error("unexpected end of pattern");
        }

        var kind = reader.Text[reader.Position++];
        switch (kind)
        {
            case 'P': TranslateNamedConstruct(); break;
            case ':' or '=' or '!' or '>': groups.OpenOther(); output.Append("(?").Append(kind); break;
            case '<' when reader.Peek() is '=' or '!': groups.OpenOther(); output.Append("(?<").Append(reader.Text[reader.Position++]); break;
            case '#': reader.ReadUntil(')', "comment"); atStart = wasAtStart; break;
            case '(': TranslateConditional(); break;
            default: reader.Position--; TranslateFlags(wasAtStart); break;
        }
    }

    private void TranslateNamedConstruct()
    {
        if (reader.Match('<'))
        {
            var name = reader.ReadUntil('>', "group name");
            groups.OpenCapture(name, reader);
            output.Append("(?<").Append(name).Append('>');
        }
        else if (reader.Match('='))
        {
            var name = reader.ReadUntil(')', "group name");
            groups.CheckReference(reader, groups.NumberOf(name, reader));
            output.Append(@"\k<").Append(name).Append('>');
        }
        else
        {
            throw reader.Error("unknown extension ?P");
        }
    }

    private void TranslateConditional()
    {
        var reference = reader.ReadUntil(')', "group name");
        var number = reference.Length > 0 && reference.AsSpan().IndexOfAnyExceptInRange('0', '9') < 0
            ? int.Parse(reference, CultureInfo.InvariantCulture)
            : groups.NumberOf(reference, reader);
        if (number == 0)
        {
            throw reader.Error("bad group number");
        }

        groups.AddForwardReference(number);
        groups.OpenOther();
        output.Append("(?(").Append(reference).Append(')');
    }

    /// <summary>Inline flags: global <c>(?aiLmsux)</c> only at the start (Python 3.11), or scoped <c>(?i-s:...)</c>.</summary>
    private void TranslateFlags(bool wasAtStart)
    {
        var flags = InlineFlags.Read(reader);
        if (flags.Scoped)
        {
            groups.OpenOther();
            output.Append(flags.DotNetScopedGroup);
            return;
        }

        if (!wasAtStart || groups.Depth > 0)
        {
            throw reader.Error("global flags not at the start of the expression");
        }

        ascii |= flags.Ascii;
        verbose |= flags.Verbose;
        atStart = true;
        output.Append(flags.DotNetGlobalGroup);
    }
}
