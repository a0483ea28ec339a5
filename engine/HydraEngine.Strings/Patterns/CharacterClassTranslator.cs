using System.Text;

namespace HydraEngine.Strings.Patterns;

/// <summary>Translates one Python character set <c>[...]</c> (the reader is just past the <c>[</c>).</summary>
internal static class CharacterClassTranslator
{
    /// <summary>One member of a set: a code point, or a class escape such as <c>\w</c> (<see cref="Set"/> not null).</summary>
    private readonly record struct Item(int CodePoint, CodePointSet? Set, string Source);

    /// <summary>
    /// Reads the set and writes it as one code point of its members (<see cref="CodePointSet.ToDotNet"/>): a
    /// negated set is complemented here, and under IGNORECASE its characters and ranges are closed under Python's
    /// case equivalences first (<see cref="PythonCaseFolding"/>; category escapes are not).
    /// </summary>
    public static void Translate(PatternReader reader, StringBuilder output, bool ascii, bool ignoreCase, bool bmpOnly = false)
    {
        var negated = reader.Match('^');
        var characters = new List<(int, int)>();
        var categories = CodePointSet.Empty;
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
                break;
            }

            empty = false;
            var first = ReadItem(reader, ascii);
            if (!reader.Match('-'))
            {
                Add(first);
                continue;
            }

            if (reader.AtEnd)
            {
                throw reader.Error("unterminated character set");
            }

            if (reader.Peek() == ']')
            {
                Add(first);
                characters.Add(('-', '-'));
                continue;
            }

            var last = ReadItem(reader, ascii);
            if (first.Set is not null || last.Set is not null || last.CodePoint < first.CodePoint)
            {
                throw reader.Error($"bad character range {first.Source}-{last.Source}");
            }

            characters.Add((first.CodePoint, last.CodePoint));
        }

        var members = CodePointSet.Of(characters);
        var set = (ignoreCase ? PythonCaseFolding.Close(members) : members).Union(categories);
        output.Append((negated ? set.Complement() : set).ToDotNet(bmpOnly));

        void Add(Item item)
        {
            if (item.Set is { } category)
            {
                categories = categories.Union(category);
            }
            else
            {
                characters.Add((item.CodePoint, item.CodePoint));
            }
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
            'd' or 'D' or 'w' or 'W' or 's' or 'S' => new Item(0, PythonCategories.Of(letter, ascii), ""),
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
