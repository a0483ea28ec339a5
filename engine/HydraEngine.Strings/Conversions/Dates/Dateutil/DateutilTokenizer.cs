using System.Text;

namespace HydraEngine.Strings.Conversions.Dates.Dateutil;

/// <summary>
/// dateutil 2.8's <c>_timelex.split</c>: runs of letters and runs of digits become tokens, every other character
/// (each whitespace character as a single space) its own token. Dots and commas join a run while the context is
/// ambiguous ("Sep.20.2009", "4:30:21.447", "12,5"); a dotted run with letters, several dots or a trailing
/// separator is split again at each separator.
/// </summary>
internal static class DateutilTokenizer
{
    private enum State { None, Word, Number, WordDot, NumberDot }

    public static List<string> Split(string text)
    {
        var tokens = new List<string>();
        var position = 0;
        while (Next(text, ref position) is { } run)
        {
            tokens.AddRange(run);
        }

        return tokens;
    }

    public static bool IsWord(char c) => char.IsLetter(c);

    public static bool IsNumber(char c) => char.IsDigit(c);

    private static bool IsSpace(char c) => char.IsWhiteSpace(c) || c is >= '\x1c' and <= '\x1f';

    private static List<string>? Next(string text, ref int position)
    {
        var token = new StringBuilder();
        var state = State.None;
        var seenLetters = false;
        while (position < text.Length)
        {
            var c = text[position];
            if (c == '\0')
            {
                position++;
                continue;
            }

            if (state == State.None)
            {
                position++;
                token.Append(c);
                if (IsWord(c))
                {
                    state = State.Word;
                    continue;
                }

                if (IsNumber(c))
                {
                    state = State.Number;
                    continue;
                }

                return [IsSpace(c) ? " " : token.ToString()];
            }

            if (!Accept(c, ref state, token, ref seenLetters))
            {
                break;
            }

            position++;
        }

        return token.Length == 0 ? null : Finish(token.ToString(), state, seenLetters);
    }

    private static bool Accept(char c, ref State state, StringBuilder token, ref bool seenLetters)
    {
        var last = token[^1];
        switch (state)
        {
            case State.Word:
                seenLetters = true;
                if (c == '.')
                {
                    state = State.WordDot;
                }

                return IsWord(c) || c == '.' ? Append(token, c) : false;
            case State.Number:
                if (c == '.' || (c == ',' && token.Length >= 2))
                {
                    state = State.NumberDot;
                    return Append(token, c);
                }

                return IsNumber(c) && Append(token, c);
            case State.WordDot:
                seenLetters = true;
                if (IsNumber(c) && last == '.')
                {
                    state = State.NumberDot;
                    return Append(token, c);
                }

                return (c == '.' || IsWord(c)) && Append(token, c);
            default:
                if (IsWord(c) && last == '.')
                {
                    state = State.WordDot;
                    return Append(token, c);
                }

                return (c == '.' || IsNumber(c)) && Append(token, c);
        }
    }

    private static bool Append(StringBuilder token, char c)
    {
        token.Append(c);
        return true;
    }

    /// <summary>Splits an ambiguous dotted run at its separators (dropping empty pieces).</summary>
    private static List<string> Finish(string token, State state, bool seenLetters)
    {
        var rest = new List<string>();
        var dotted = state is State.WordDot or State.NumberDot;
        if (dotted && (seenLetters || token.Count(c => c == '.') > 1 || token[^1] is '.' or ','))
        {
            var pieces = SplitAtSeparators(token);
            token = pieces[0];
            rest.AddRange(pieces.Skip(1).Where(piece => piece.Length > 0));
        }

        var first = state == State.NumberDot && !token.Contains('.', StringComparison.Ordinal)
            ? token.Replace(',', '.')
            : token;
        return [first, .. rest];
    }

    private static List<string> SplitAtSeparators(string token)
    {
        var pieces = new List<string>();
        var start = 0;
        for (var i = 0; i < token.Length; i++)
        {
            if (token[i] is '.' or ',')
            {
                pieces.Add(token[start..i]);
                pieces.Add(token[i].ToString());
                start = i + 1;
            }
        }

        pieces.Add(token[start..]);
        return pieces;
    }
}
