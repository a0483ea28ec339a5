using System.Globalization;
using System.Text;

namespace HydraEngine.Strings.Python;

/// <summary>Python's <c>unicode-escape</c> codec, and the escape unescaping hydrus applies to stored separators.</summary>
internal static class UnicodeEscape
{
    private const string LowerHex = "0123456789abcdef";

    private static readonly System.Buffers.SearchValues<char> HexDigits = System.Buffers.SearchValues.Create("0123456789abcdefABCDEF");

    /// <summary><c>text.encode('unicode-escape')</c> read back as text.</summary>
    public static string Encode(string text)
    {
        var builder = new StringBuilder(text.Length + 8);
        for (var i = 0; i < text.Length; i++)
        {
            int c = text[i];
            if (char.IsHighSurrogate(text[i]) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                c = char.ConvertToUtf32(text[i], text[++i]);
            }

            _ = c switch
            {
                >= 0x10000 => AppendHex(builder.Append("\\U"), c, 8),
                >= 0x100 => AppendHex(builder.Append("\\u"), c, 4),
                '\\' => builder.Append("\\\\"),
                '\t' => builder.Append("\\t"),
                '\n' => builder.Append("\\n"),
                '\r' => builder.Append("\\r"),
                < 0x20 or >= 0x7f => AppendHex(builder.Append("\\x"), c, 2),
                _ => builder.Append((char)c),
            };
        }

        return builder.ToString();
    }

    /// <summary>
    /// <c>text.encode('utf-8').decode('unicode-escape')</c>: non-ASCII input is read byte by byte as Latin-1.
    /// </summary>
    /// <exception cref="FormatException">A malformed or unsupported escape.</exception>
    public static string DecodeUtf8Bytes(string text)
    {
        if (System.Text.Ascii.IsValid(text))
        {
            return DecodeLatin1Units(text);
        }

        return DecodeLatin1Units(Encoding.Latin1.GetString(PythonUtf8.Encode(text)));
    }

    /// <summary>
    /// <c>text.encode('latin-1', 'backslashreplace').decode('unicode-escape')</c>, hydrus's reading of a stored
    /// splitter/joiner text: escapes are interpreted, other characters kept (a backslash before a character
    /// above U+00FF escapes the backslash of its <c>\uXXXX</c> form, as in Python).
    /// </summary>
    /// <exception cref="FormatException">A malformed escape, such as a trailing lone backslash.</exception>
    public static string UnescapeStored(string text)
    {
        if (text.IndexOf('\\') < 0)
        {
            return text;
        }

        var latin1 = new StringBuilder(text.Length + 8);
        for (var i = 0; i < text.Length; i++)
        {
            int c = text[i];
            if (char.IsHighSurrogate(text[i]) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                c = char.ConvertToUtf32(text[i], text[++i]);
            }

            _ = c switch
            {
                >= 0x10000 => AppendHex(latin1.Append("\\U"), c, 8),
                >= 0x100 => AppendHex(latin1.Append("\\u"), c, 4),
                _ => latin1.Append((char)c),
            };
        }

        return DecodeLatin1Units(latin1.ToString());
    }

    /// <summary>Decodes escapes in a text whose every unit is at most U+00FF (one byte each).</summary>
    private static string DecodeLatin1Units(string units)
    {
        if (units.IndexOf('\\') < 0)
        {
            return units;
        }

        var builder = new StringBuilder(units.Length);
        var i = 0;
        while (i < units.Length)
        {
            var c = units[i++];
            if (c != '\\')
            {
                builder.Append(c);
                continue;
            }

            if (i >= units.Length)
            {
                throw new FormatException("\\ at end of string");
            }

            var e = units[i++];
            switch (e)
            {
                case '\n': break;
                case '\\' or '\'' or '"': builder.Append(e); break;
                case 'b': builder.Append('\b'); break;
                case 'f': builder.Append('\f'); break;
                case 't': builder.Append('\t'); break;
                case 'n': builder.Append('\n'); break;
                case 'r': builder.Append('\r'); break;
                case 'v': builder.Append('\v'); break;
                case 'a': builder.Append('\a'); break;
                case >= '0' and <= '7': builder.Append((char)ReadOctal(units, e, ref i)); break;
                case 'x': AppendCodePoint(builder, ReadHex(units, ref i, 2)); break;
                case 'u': AppendCodePoint(builder, ReadHex(units, ref i, 4)); break;
                case 'U': AppendCodePoint(builder, ReadHex(units, ref i, 8)); break;
                case 'N': AppendCodePoint(builder, ReadNamed(units, ref i)); break;
                default: builder.Append('\\').Append(e); break;
            }
        }

        return builder.ToString();
    }

    /// <summary><c>\N{NAME}</c>: the character of that Unicode name or alias (Python's codec, through the system ICU).</summary>
    private static int ReadNamed(string units, ref int i)
    {
        var close = i < units.Length && units[i] == '{' ? units.IndexOf('}', i + 1) : -1;
        if (close <= i + 1)
        {
            throw new FormatException("malformed \\N character escape");
        }

        var codePoint = HydraEngine.Model.Text.UnicodeNames.Lookup(units[(i + 1)..close]);
        i = close + 1;
        return codePoint >= 0 ? codePoint : throw new FormatException("unknown Unicode character name");
    }

    private static int ReadOctal(string units, char first, ref int i)
    {
        var value = first - '0';
        for (var n = 0; n < 2 && i < units.Length && units[i] is >= '0' and <= '7'; n++)
        {
            value = (value << 3) + (units[i++] - '0');
        }

        return value;
    }

    private static long ReadHex(string units, ref int i, int count)
    {
        if (i + count > units.Length || units.AsSpan(i, count).ContainsAnyExcept(HexDigits))
        {
            throw new FormatException($"truncated escape of {count} hex digits");
        }

        var value = long.Parse(units.AsSpan(i, count), NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture);
        i += count;
        return value;
    }

    private static void AppendCodePoint(StringBuilder builder, long codePoint)
    {
        if (codePoint > 0x10FFFF)
        {
            throw new FormatException("illegal Unicode character");
        }

        if (codePoint >= 0x10000)
        {
            builder.Append(char.ConvertFromUtf32((int)codePoint));
        }
        else
        {
            builder.Append((char)codePoint);
        }
    }

    private static StringBuilder AppendHex(StringBuilder builder, int value, int digits)
    {
        for (var shift = (digits - 1) * 4; shift >= 0; shift -= 4)
        {
            builder.Append(LowerHex[(value >> shift) & 0xF]);
        }

        return builder;
    }
}
