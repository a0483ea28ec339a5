using System.Text.RegularExpressions;

namespace HydraEngine.Strings.Conversions.Dates.Dateparser;

/// <summary>
/// A locale's known words, as <c>Dictionary.split</c> finds them: the leftmost word (longest first, case-insensitive)
/// that starts and ends at a word boundary (anywhere in locales written without spaces). On an ASCII text this is a
/// look-up of each length in the words folded as .NET's case-insensitive regex compares them with ASCII; otherwise
/// the locale's regex. <see cref="MayRead"/> is the quick refusal: a text whose letter runs are not all letter runs
/// of known words (letters, without spaces) has a token no known word covers, so the locale cannot read it.
/// </summary>
internal sealed class KnownWords
{
    private static readonly TimeSpan Budget = TimeSpan.FromMilliseconds(250);

    private readonly bool noWordSpacing;
    private readonly Lazy<HashSet<string>> letterRuns;
    private readonly Lazy<HashSet<char>> letters;
    private readonly Lazy<Regex> pattern;
    private readonly Lazy<AsciiWords> asciiWords;

    /// <param name="words">the words the locale splits on and translates.</param>
    /// <param name="phraseWords">the words of its relative phrases, which count for the quick refusal only.</param>
    /// <param name="noWordSpacing">whether the locale writes words without spaces between them.</param>
    public KnownWords(IReadOnlyCollection<string> words, IEnumerable<string> phraseWords, bool noWordSpacing)
    {
        this.noWordSpacing = noWordSpacing;
        letterRuns = new(() => [.. words.Concat(phraseWords).SelectMany(LocaleText.Runs)]);
        letters = new(() => [.. words.Concat(phraseWords).SelectMany(word => word.Where(char.IsLetter))]);
        pattern = new(() =>
        {
            var alternatives = string.Join('|', words.OrderByDescending(word => word.Length).Select(Regex.Escape));
            return new Regex(
                noWordSpacing ? $"^(.*?)({alternatives})(.*)$" : $@"^(.*?(?:\A|\W|_|\d))({alternatives})((?:\Z|\W|_|\d).*)$",
                RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, Budget);
        });
        asciiWords = new(() => new AsciiWords(AsciiFolding.Fold(words)));
    }

    /// <summary>False when some letter of the text is in no token this locale knows (then it cannot read it).</summary>
    public bool MayRead(LocaleText text) => noWordSpacing
        ? text.LetterRuns.All(run => run.All(letters.Value.Contains))
        : text.LetterRuns.All(letterRuns.Value.Contains);

    /// <summary>
    /// The leftmost known word in <paramref name="text"/> (a part of <paramref name="prepared"/>) and where the rest
    /// after it ends (the regex leaves out a final line feed), or null.
    /// </summary>
    public (int Start, int Length, int RestEnd)? Find(string text, LocaleText prepared)
    {
        if (!prepared.IsAscii)
        {
            var match = pattern.Value.Match(text);
            return match.Success ? (match.Groups[2].Index, match.Groups[2].Length, match.Groups[3].Index + match.Groups[3].Length) : null;
        }

        var ascii = asciiWords.Value;
        for (var start = 0; start < text.Length; start++)
        {
            if (!noWordSpacing && start > 0 && char.IsAsciiLetter(text[start - 1]))
            {
                continue;
            }

            foreach (var length in ascii.LengthsStartingWith(text[start]))
            {
                var end = start + length;
                if (end <= text.Length && (noWordSpacing || end == text.Length || !char.IsAsciiLetter(text[end]))
                    && ascii.Contains(text.AsSpan(start, length)))
                {
                    return (start, length, text.Length);
                }
            }
        }

        return null;
    }
}
