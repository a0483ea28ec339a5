namespace HydraEngine.Strings.Conversions.Dates.Dateparser;

/// <summary>A locale's words folded to lower-case ASCII (<see cref="AsciiFolding"/>), looked up by their first character.</summary>
internal sealed class AsciiWords
{
    private readonly HashSet<string> words;
    private readonly int[][] lengthsByFirst = new int[128][];

    public AsciiWords(IEnumerable<string> folded)
    {
        words = new HashSet<string>(folded, StringComparer.Ordinal);
        foreach (var group in words.GroupBy(word => word[0]))
        {
            lengthsByFirst[group.Key] = [.. group.Select(word => word.Length).Distinct().OrderDescending()];
        }
    }

    /// <summary>The lengths of the words that start with a character, longest first.</summary>
    public ReadOnlySpan<int> LengthsStartingWith(char first) => first < 128 ? lengthsByFirst[first] : [];

    public bool Contains(ReadOnlySpan<char> text) => words.GetAlternateLookup<ReadOnlySpan<char>>().Contains(text);
}
