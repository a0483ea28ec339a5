namespace HydraEngine.Strings.Patterns;

/// <summary>A cursor over a Python pattern or template, reading whole code points.</summary>
internal sealed class PatternReader(string text)
{
    public string Text { get; } = text;

    public int Position { get; set; }

    public bool AtEnd => Position >= Text.Length;

    /// <summary>The UTF-16 unit <paramref name="ahead"/> places on, or <c>'\0'</c> past the end.</summary>
    public char Peek(int ahead = 0) => Position + ahead < Text.Length ? Text[Position + ahead] : '\0';

    public bool Has(int ahead = 0) => Position + ahead < Text.Length;

    /// <summary>Consumes <paramref name="expected"/> if it comes next.</summary>
    public bool Match(char expected)
    {
        if (Has() && Text[Position] == expected)
        {
            Position++;
            return true;
        }

        return false;
    }

    /// <summary>Reads one code point (a surrogate pair as one).</summary>
    public int ReadCodePoint()
    {
        var c = Text[Position++];
        if (char.IsHighSurrogate(c) && Has() && char.IsLowSurrogate(Text[Position]))
        {
            return char.ConvertToUtf32(c, Text[Position++]);
        }

        return c;
    }

    /// <summary>Reads up to (not including) <paramref name="terminator"/>, consuming it; fails if it never comes.</summary>
    public string ReadUntil(char terminator, string what)
    {
        var end = Text.IndexOf(terminator, Position);
        if (end < 0)
        {
            throw Error($"missing {terminator}, unterminated {what}");
        }

        var value = Text[Position..end];
        Position = end + 1;
        return value;
    }

    /// <summary>In verbose mode, skips one whitespace character or a <c>#</c> comment to the end of its line.</summary>
    public bool SkipVerboseSpaceOrComment()
    {
        var c = Peek();
        if (c is ' ' or '\t' or '\n' or '\r' or '\v' or '\f')
        {
            Position++;
            return true;
        }

        if (c != '#')
        {
            return false;
        }

        var newline = Text.IndexOf('\n', Position);
        Position = newline < 0 ? Text.Length : newline + 1;
        return true;
    }

    public FormatException Error(string message) => new($"{message} at position {Position}");
}
