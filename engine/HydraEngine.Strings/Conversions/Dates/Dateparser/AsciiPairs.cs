namespace HydraEngine.Strings.Conversions.Dates.Dateparser;

/// <summary>
/// The pairs of adjacent characters of an ASCII text, case aside, as bits (and each character alone): a quick test
/// that an ASCII word cannot occur in the text, ignoring case, before searching it.
/// </summary>
internal static class AsciiPairs
{
    /// <summary>The bits a text's marks take: 128 × 128 pairs and 128 single characters.</summary>
    public const int Words = ((128 * 128) + 128) / 64;

    public static void Mark(string asciiText, Span<ulong> marks)
    {
        for (var i = 0; i < asciiText.Length; i++)
        {
            Set(marks, Single(asciiText[i]));
            if (i + 1 < asciiText.Length)
            {
                Set(marks, Pair(asciiText[i], asciiText[i + 1]));
            }
        }
    }

    /// <summary>False when the ASCII word cannot occur in the marked text, ignoring ASCII case.</summary>
    public static bool MayContain(ReadOnlySpan<ulong> marks, string asciiWord) => asciiWord.Length switch
    {
        0 => true,
        1 => IsSet(marks, Single(asciiWord[0])),
        _ => IsSet(marks, Pair(asciiWord[0], asciiWord[1])),
    };

    private static int Single(char c) => (128 * 128) + Fold(c);

    private static int Pair(char first, char second) => (Fold(first) * 128) + Fold(second);

    private static int Fold(char c) => char.IsAsciiLetterUpper(c) ? c | 0x20 : c & 0x7f;

    private static void Set(Span<ulong> marks, int bit) => marks[bit >> 6] |= 1UL << (bit & 63);

    private static bool IsSet(ReadOnlySpan<ulong> marks, int bit) => (marks[bit >> 6] & (1UL << (bit & 63))) != 0;
}
