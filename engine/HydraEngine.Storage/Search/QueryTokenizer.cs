using System.Text;

namespace HydraEngine.Storage.Search;

internal enum TokenKind
{
    Word,
    Or,
    Separator,
    Open,
    Close,
}

/// <summary>A token; <see cref="Column"/> is 1-based. <see cref="Quoted"/> words keep a leading '-' literal.</summary>
internal sealed record QueryToken(TokenKind Kind, string Text, int Column, bool Quoted = false);

/// <summary>
/// Splits a search into words, <c>OR</c>, separators (<c>,</c> or newline) and grouping parentheses.
/// A <c>(</c> opens a group only at the start of a term list; elsewhere parentheses are part of the tag text
/// (<c>character:link (zelda)</c>) and must balance. Double quotes protect commas, parentheses, a leading
/// <c>-</c> and the word OR; <c>\"</c> and <c>\\</c> escape inside them.
/// </summary>
internal static class QueryTokenizer
{
    public static List<QueryToken> Tokenize(string text)
    {
        var tokens = new List<QueryToken>();
        var word = new StringBuilder();
        var wordColumn = 0;
        var quoted = false;
        var literalDepth = 0;
        var literalOpenColumn = 0;

        void EndWord()
        {
            if (word.Length == 0 && !quoted)
            {
                return;
            }

            var value = word.ToString();
            tokens.Add(value == "OR" && !quoted ? new QueryToken(TokenKind.Or, value, wordColumn) : new QueryToken(TokenKind.Word, value, wordColumn, quoted));
            word.Clear();
            quoted = false;
        }

        void Append(char character, int column)
        {
            if (word.Length == 0 && !quoted)
            {
                wordColumn = column;
            }

            word.Append(character);
        }

        for (var i = 0; i < text.Length; i++)
        {
            var character = text[i];
            var column = i + 1;
            switch (character)
            {
                case '\r' when i + 1 < text.Length && text[i + 1] == '\n':
                    break;
                case ',' or '\n' or '\r':
                    EndWord();
                    CheckLiteralClosed(literalDepth, literalOpenColumn);
                    literalDepth = 0;
                    tokens.Add(new QueryToken(TokenKind.Separator, character.ToString(), column));
                    break;
                case '"':
                    if (word.Length == 0 && !quoted)
                    {
                        wordColumn = column;
                    }

                    quoted = true;
                    i = ReadQuoted(text, i, word);
                    break;
                case '(' when word.Length == 0 && !quoted && AtGroupStart(tokens):
                    tokens.Add(new QueryToken(TokenKind.Open, "(", column));
                    break;
                case '(':
                    if (literalDepth++ == 0)
                    {
                        literalOpenColumn = column;
                    }

                    Append(character, column);
                    break;
                case ')' when literalDepth > 0:
                    literalDepth--;
                    Append(character, column);
                    break;
                case ')':
                    EndWord();
                    tokens.Add(new QueryToken(TokenKind.Close, ")", column));
                    break;
                default:
                    if (char.IsWhiteSpace(character))
                    {
                        EndWord();
                    }
                    else
                    {
                        Append(character, column);
                    }

                    break;
            }
        }

        EndWord();
        CheckLiteralClosed(literalDepth, literalOpenColumn);
        return tokens;
    }

    private static bool AtGroupStart(List<QueryToken> tokens) =>
        tokens.Count == 0 || tokens[^1].Kind is TokenKind.Separator;

    private static void CheckLiteralClosed(int depth, int column)
    {
        if (depth > 0)
        {
            throw new QuerySyntaxException("'(' is never closed", column);
        }
    }

    private static int ReadQuoted(string text, int openIndex, StringBuilder word)
    {
        for (var i = openIndex + 1; i < text.Length; i++)
        {
            switch (text[i])
            {
                case '"':
                    return i;
                case '\\' when i + 1 < text.Length && text[i + 1] is '"' or '\\':
                    word.Append(text[++i]);
                    break;
                default:
                    word.Append(text[i]);
                    break;
            }
        }

        throw new QuerySyntaxException("'\"' is never closed", openIndex + 1);
    }
}
