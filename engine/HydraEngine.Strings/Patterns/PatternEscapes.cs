using System.Globalization;
using System.Text;

namespace HydraEngine.Strings.Patterns;

/// <summary>Pieces shared by the pattern and character-class translators: literal emission and numeric escapes.</summary>
internal static class PatternEscapes
{
    /// <summary>The code point of a one-letter control escape (<c>\a \f \n \r \t \v</c>), or -1.</summary>
    public static int ControlEscape(char letter) => letter switch
    {
        'a' => 7,
        'f' => 12,
        'n' => 10,
        'r' => 13,
        't' => 9,
        'v' => 11,
        _ => -1,
    };

    /// <summary>Reads the hex digits of <c>\x</c> (2), <c>\u</c> (4) or <c>\U</c> (8).</summary>
    public static int ReadHex(PatternReader reader, char letter)
    {
        var count = letter switch { 'x' => 2, 'u' => 4, _ => 8 };
        var start = reader.Position;
        if (start + count > reader.Text.Length || reader.Text.AsSpan(start, count).ContainsAnyExcept("0123456789abcdefABCDEF"))
        {
            throw reader.Error($"incomplete escape \\{letter}");
        }

        reader.Position += count;
        var value = long.Parse(reader.Text.AsSpan(start, count), NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture);
        return value <= 0x10FFFF ? (int)value : throw reader.Error($"bad escape \\{letter}");
    }

    /// <summary>Reads the <c>{NAME}</c> after <c>\N</c> and gives its code point (Python's <c>unicodedata.lookup</c>).</summary>
    public static int ReadNamed(PatternReader reader)
    {
        if (!reader.Match('{'))
        {
            throw reader.Error("missing {");
        }

        var close = reader.Text.IndexOf('}', reader.Position);
        if (close < 0)
        {
            throw reader.Error("missing }, unterminated name");
        }

        var name = reader.Text[reader.Position..close];
        if (name.Length == 0)
        {
            throw reader.Error("missing character name");
        }

        if (!HydraEngine.Model.Text.UnicodeNames.IsAvailable)
        {
            throw reader.Error(@"\N{name} needs the system's ICU library (libicu) to look names up");
        }

        var codePoint = HydraEngine.Model.Text.UnicodeNames.Lookup(name);
        reader.Position = close + 1;
        return codePoint >= 0 ? codePoint : throw reader.Error($"undefined character name '{name}'");
    }

    /// <summary>Reads up to <paramref name="more"/> further octal digits after <paramref name="first"/>.</summary>
    public static int ReadOctal(PatternReader reader, char first, int more)
    {
        var value = first - '0';
        for (var i = 0; i < more && reader.Peek() is >= '0' and <= '7' && reader.Has(); i++)
        {
            value = (value * 8) + (reader.Text[reader.Position++] - '0');
        }

        return value <= 0xFF ? value : throw reader.Error("octal escape value outside of range 0-0o377");
    }

    public static bool IsAsciiLetter(int c) => c is >= 'a' and <= 'z' or >= 'A' and <= 'Z';

    /// <summary>Appends a code point as a .NET regex literal, escaped where .NET would read it as syntax.</summary>
    public static void AppendLiteral(StringBuilder output, int codePoint, bool inClass)
    {
        var special = inClass ? @"\]-[^" : @"\*+?|{}[]()^$.# ";
        if (codePoint < 0x20 || codePoint is >= 0x7F and <= 0x9F || codePoint is >= 0xD800 and <= 0xDFFF)
        {
            output.Append(@"\u").Append(codePoint.ToString("X4", CultureInfo.InvariantCulture));
        }
        else if (codePoint >= 0x10000)
        {
            // A surrogate pair outside a set is grouped so a following quantifier repeats the whole code point.
            output.Append(inClass ? "" : "(?:").Append(char.ConvertFromUtf32(codePoint)).Append(inClass ? "" : ")");
        }
        else
        {
            if (special.Contains((char)codePoint))
            {
                output.Append('\\');
            }

            output.Append((char)codePoint);
        }
    }
}
