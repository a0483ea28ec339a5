namespace HydraEngine.Parsing.Documents.Soup.Tokenizer;

/// <summary>
/// html5lib 1.1's character references after '&amp;': numeric ones (with the Windows-1252 repairs), and named ones
/// matched as the longest name in the table, with or without ';' (in an attribute value, a name without ';' followed
/// by a letter, digit or '=' stays text). What is not a reference stays text as written.
/// </summary>
internal sealed partial class SoupTokenizer
{
    private const string Windows1252 = "\u20AC\u0081\u201A\u0192\u201E\u2026\u2020\u2021\u02C6\u2030\u0160\u2039\u0152\u008D\u017D\u008F"
        + "\u0090\u2018\u2019\u201C\u201D\u2022\u2013\u2014\u02DC\u2122\u0161\u203A\u0153\u009D\u017E\u0178";

    /// <summary>The reference whose '&amp;' was just read; <paramref name="allowed"/> is a character that makes it plain text.</summary>
    private void CharacterReference(int allowed, bool inAttribute)
    {
        var start = position;
        var next = position < source.Length ? source[position] : EndOfFile;
        if (next == EndOfFile || IsSpace(next) || next is '<' or '&' || next == allowed)
        {
            ReferenceText(start - 1, start, inAttribute);
        }
        else if (next == '#')
        {
            NumericReference(start, inAttribute);
        }
        else
        {
            NamedReference(start, inAttribute);
        }
    }

    /// <summary>
    /// html5lib reads on while the text is the start of some name, then takes the longest name within what it read; the
    /// characters read past that name are text of the same token (so a following whitespace run is a token of its own).
    /// </summary>
    private void NamedReference(int start, bool inAttribute)
    {
        var end = start;
        while (end < source.Length && SoupEntityData.HasNameStartingWith(source.AsSpan(start, end - start + 1)))
        {
            end++;
        }

        var length = SoupEntityData.LongestNameAtStartOf(source.AsSpan(start, end - start), out var value);
        var after = start + length < source.Length ? source[start + length] : EndOfFile;
        if (length == 0 || (inAttribute && source[start + length - 1] != ';' && (char.IsAsciiLetterOrDigit((char)Math.Max(after, 0)) || after == '=')))
        {
            ReferenceText(start - 1, end, inAttribute);
            return;
        }

        ReferenceValue(value, inAttribute);
        if (start + length < end)
        {
            ReferenceText(start + length, end, inAttribute);
        }

        position = end;
    }

    private void NumericReference(int start, bool inAttribute)
    {
        var digits = start + 1;
        var hex = digits < source.Length && source[digits] is 'x' or 'X';
        if (hex)
        {
            digits++;
        }

        var end = digits;
        var code = 0;
        while (end < source.Length && (hex ? char.IsAsciiHexDigit(source[end]) : char.IsAsciiDigit(source[end])))
        {
            code = Math.Min(0x110000, (code * (hex ? 16 : 10)) + DigitValue(source[end]));
            end++;
        }

        if (end == digits)
        {
            ReferenceText(start - 1, digits, inAttribute);
            return;
        }

        position = end < source.Length && source[end] == ';' ? end + 1 : end;
        ReferenceValue(NumericValue(code), inAttribute);
    }

    private static int DigitValue(char digit) => char.IsAsciiDigit(digit) ? digit - '0' : (digit | 0x20) - 'a' + 10;

    private static string NumericValue(int code) => code switch
    {
        0 or (>= 0xD800 and <= 0xDFFF) or > 0x10FFFF => "\uFFFD",
        0x0D => "\r",
        >= 0x80 and <= 0x9F => Windows1252[code - 0x80].ToString(),
        _ => char.ConvertFromUtf32(code),
    };

    /// <summary>Source text that is not a reference after all ('&amp;' and what follows up to <paramref name="end"/>).</summary>
    private void ReferenceText(int start, int end, bool inAttribute)
    {
        position = end;
        if (inAttribute)
        {
            attributeValue.AddSource(start, end);
        }
        else
        {
            EmitText(SoupTokenKind.Characters, start, end);
        }
    }

    private void ReferenceValue(string value, bool inAttribute)
    {
        if (inAttribute)
        {
            attributeValue.Add(value);
        }
        else
        {
            queue.Enqueue(new SoupToken(value.Length == 1 && IsSpace(value[0]) ? SoupTokenKind.Space : SoupTokenKind.Characters, value.AsMemory()));
        }
    }
}
