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
    private readonly Stack<bool> outerIgnoreCase = new();
    private bool ascii;
    private bool verbose;
    private bool ignoreCase;
    private bool atStart = true;
    private int atomStart = -1;

    /// <summary>Python's <c>.</c>: one code point (a surrogate pair whole), newline excluded unless DOTALL.</summary>
    private const string AnyCodePoint = @"(?:[\uD800-\uDBFF][\uDC00-\uDFFF]|.)";

    private readonly bool bmpOnly;

    private PythonPatternTranslator(string pattern, bool bmpOnly)
    {
        this.bmpOnly = bmpOnly;
        reader = new PatternReader(pattern);
        output = new StringBuilder(pattern.Length + 16);
        numberExplicitly = pattern.Contains("(?P<", StringComparison.Ordinal);
    }

    /// <summary>Translates a pattern.</summary>
    /// <exception cref="FormatException">Python would not compile the pattern, or it uses unsupported syntax.</exception>
    /// <param name="pattern">The Python pattern.</param>
    /// <param name="bmpOnly">
    /// Translate for texts without surrogate pairs: <c>.</c>, sets and classes then need no surrogate-pair branch,
    /// which keeps .NET's fast single-character loops (the same matches on such texts).
    /// </param>
    public static string Translate(string pattern, bool bmpOnly = false)
    {
        var translator = new PythonPatternTranslator(pattern, bmpOnly);
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
                case '[': reader.Position++; CharacterClassTranslator.Translate(reader, output, ascii, ignoreCase, bmpOnly); break;
                case '(': reader.Position++; OpenGroup(wasAtStart, before); break;
                case ')': reader.Position++; groups.Close(reader); atomStart = groupStarts.Pop(); ignoreCase = outerIgnoreCase.Pop(); output.Append(')'); break;
                case '{': reader.Position++; TranslateBrace(before); break;
                case '*' or '+' or '?': reader.Position++; output.Append(c); AfterQuantifier(); break;
                case '}' or ']': reader.Position++; output.Append('\\').Append(c); break;
                case '.': reader.Position++; output.Append(bmpOnly ? "." : AnyCodePoint); break;
                case '^' or '$' or '|': reader.Position++; output.Append(c); break;
                default: AppendLiteral(reader.ReadCodePoint()); break;
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
            case 'd' or 'D' or 'w' or 'W' or 's' or 'S': output.Append(PythonCategories.Of(letter, ascii).ToDotNet(bmpOnly)); break;
            case 'b' or 'B' or 'A': output.Append('\\').Append(letter); break;
            case 'Z': output.Append(@"\z"); break;
            case 'x' or 'u' or 'U': AppendLiteral(PatternEscapes.ReadHex(reader, letter)); break;
            case '0': AppendLiteral(PatternEscapes.ReadOctal(reader, letter, 2)); break;
            case >= '1' and <= '9': TranslateNumericEscape(letter); break;
            case 'N': AppendLiteral(PatternEscapes.ReadNamed(reader)); break;
            case var _ when PatternEscapes.ControlEscape(letter) >= 0: output.Append('\\').Append(letter); break;
            case var _ when PatternEscapes.IsAsciiLetter(escaped): throw reader.Error($"bad escape \\{letter}");
            default: AppendLiteral(escaped); break;
        }
    }

    /// <summary>A literal; under IGNORECASE, the set of what Python's case-insensitive match accepts for it.</summary>
    private void AppendLiteral(int codePoint)
    {
        if (ignoreCase && PythonCaseFolding.IsCased(codePoint))
        {
            output.Append(PythonCaseFolding.Close(CodePointSet.Of([(codePoint, codePoint)])).ToDotNet(bmpOnly));
        }
        else
        {
            PatternEscapes.AppendLiteral(output, codePoint, inClass: false);
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
                AppendLiteral(PatternEscapes.ReadOctal(reader, first, 2));
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
        var outer = ignoreCase;
        OpenGroupKind(wasAtStart);
        if (groups.Depth > depth)
        {
            groupStarts.Push(before);
            outerIgnoreCase.Push(outer);
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
            ignoreCase = flags.On.Contains('i') || (ignoreCase && !flags.Off.Contains('i'));
            groups.OpenOther();
            output.Append(flags.DotNetScopedGroup);
            return;
        }

        if (!wasAtStart || groups.Depth > 0)
        {
            throw reader.Error("global flags not at the start of the expression");
        }

        ascii |= flags.Ascii;
        ignoreCase |= flags.On.Contains('i');
        verbose |= flags.Verbose;
        atStart = true;
        output.Append(flags.DotNetGlobalGroup);
    }
}
