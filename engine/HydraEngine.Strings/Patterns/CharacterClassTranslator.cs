using System.Text;

namespace HydraEngine.Strings.Patterns;

/// <summary>Translates one Python character set <c>[...]</c> (the reader is just past the <c>[</c>).</summary>
internal static class CharacterClassTranslator
{
    /// <summary>One member of a set: a code point, or a class escape such as <c>\w</c> (<see cref="Set"/> not null).</summary>
    private readonly record struct Item(int CodePoint, string? Set, string Source);

    public static void Translate(PatternReader reader, StringBuilder output, bool ascii)
    {
        output.Append('[');
        if (reader.Match('^'))
        {
            output.Append('^');
        }

        var empty = true;
        while (true)
        {
            if (reader.AtEnd)
            {
                throw reader.Error("unterminated character set");
            }

            if (reader.Peek() == ']' && !empty)
            {
                reader.Position++;
                output.Append(']');
                return;
            }

            empty = false;
            var first = ReadItem(reader, ascii);
            if (!reader.Match('-'))
            {
                Append(output, first);
                continue;
            }

            if (reader.AtEnd)
            {
                throw reader.Error("unterminated character set");
            }

            if (reader.Peek() == ']')
            {
                Append(output, first);
                output.Append(@"\-");
                continue;
            }

            var last = ReadItem(reader, ascii);
            if (first.Set is not null || last.Set is not null || last.CodePoint < first.CodePoint)
            {
                throw reader.Error($"bad character range {first.Source}-{last.Source}");
            }

            Append(output, first);
            output.Append('-');
            Append(output, last);
        }
    }

    private static void Append(StringBuilder output, Item item)
    {
        if (item.Set is not null)
        {
            output.Append(item.Set);
        }
        else
        {
            PatternEscapes.AppendLiteral(output, item.CodePoint, inClass: true);
        }
    }

    private static Item ReadItem(PatternReader reader, bool ascii)
    {
        var start = reader.Position;
        var c = reader.ReadCodePoint();
        if (c != '\\')
        {
            return new Item(c, null, char.ConvertFromUtf32(c));
        }

        if (reader.AtEnd)
        {
            throw reader.Error("bad escape (end of pattern)");
        }

        var letter = reader.Peek();
        var escaped = reader.ReadCodePoint();
        var item = escaped switch
        {
            'd' or 'D' or 'w' or 'W' or 's' or 'S' => new Item(0, PatternEscapes.ClassEscapeInSet(letter, ascii), ""),
            'b' => new Item(8, null, ""),
            'x' or 'u' or 'U' => new Item(PatternEscapes.ReadHex(reader, letter), null, ""),
            >= '0' and <= '7' => new Item(PatternEscapes.ReadOctal(reader, letter, 2), null, ""),
            'N' => new Item(PatternEscapes.ReadNamed(reader), null, ""),
            _ when PatternEscapes.ControlEscape(letter) >= 0 => new Item(PatternEscapes.ControlEscape(letter), null, ""),
            _ when PatternEscapes.IsAsciiLetter(escaped) || escaped is '8' or '9' => throw reader.Error($"bad escape \\{letter}"),
            _ => new Item(escaped, null, ""),
        };
        return item with { Source = reader.Text[start..reader.Position] };
    }
}
