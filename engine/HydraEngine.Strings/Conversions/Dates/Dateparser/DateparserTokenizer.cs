namespace HydraEngine.Strings.Conversions.Dates.Dateparser;

/// <summary>A token of dateparser's <c>tokenizer</c>: digits and colons (0), ASCII letters (1) or anything else (2).</summary>
internal readonly record struct DateToken(string Text, int Kind);

/// <summary>dateparser's <c>parser.tokenizer</c>: runs of <c>0-9:</c>, of ASCII letters, and of everything else.</summary>
internal static class DateparserTokenizer
{
    public static List<DateToken> Tokenize(string text)
    {
        var tokens = new List<DateToken>();
        var start = 0;
        for (var i = 1; i <= text.Length; i++)
        {
            if (i == text.Length || Kind(text[i - 1]) != Kind(text[i]))
            {
                tokens.Add(new DateToken(text[start..i], Kind(text[i - 1])));
                start = i;
            }
        }

        return tokens;
    }

    private static int Kind(char c) => c is >= '0' and <= '9' or ':' ? 0 : c is >= 'a' and <= 'z' or >= 'A' and <= 'Z' ? 1 : 2;
}
