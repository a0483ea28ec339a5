using System.Text;
using System.Text.RegularExpressions;
using HydraEngine.Model.Text;

namespace HydraEngine.Strings.Conversions.Dates.Dateparser;

/// <summary>
/// One of dateparser 1.1's locales (<see cref="DateparserLocales"/>): whether a text is in it (<c>is_applicable</c>:
/// every token a known word, a number or a relative phrase) and its translation into the English
/// words its parsers read (<c>translate</c>: numerals to ASCII, NFKD without marks, lower case, the locale's
/// simplifications, split on known words, skipped words dropped).
/// </summary>
internal sealed partial class DateparserLocale
{
    private static readonly System.Buffers.SearchValues<char> AsciiLettersAndDigits =
        System.Buffers.SearchValues.Create("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz");

    private readonly Dictionary<string, string?> words;
    private readonly Simplification[] simplifications;
    private readonly KnownWords knownWords;
    private readonly RelativePhrases relatives;
    private readonly bool english;

    public DateparserLocale(
        string name,
        string dateOrder,
        bool noWordSpacing,
        Dictionary<string, string?> words,
        IEnumerable<(string Pattern, string Replacement)> simplifications,
        IReadOnlyList<(string Key, string Pattern)> relativePhrases)
    {
        Name = name;
        DateOrder = dateOrder;
        english = name == "en";
        this.words = words;
        words["t"] = null; // SKIP_TOKENS wins over the locale's own "t"
        this.simplifications = [.. simplifications.Select(s => Simplification.Of(s.Pattern, s.Replacement, noWordSpacing)).OfType<Simplification>()];
        relatives = new RelativePhrases(relativePhrases, noWordSpacing);
        knownWords = new KnownWords(words.Keys, relatives.Literals, noWordSpacing);
    }

    public string Name { get; }

    /// <summary>The order numbers take (<c>DMY</c>, <c>MDY</c>, <c>YMD</c>…): dateparser prefers the locale's.</summary>
    public string DateOrder { get; }

    /// <summary>The tokens the join keeps without spaces around them (<c>ALWAYS_KEEP_TOKENS</c>).</summary>
    public static bool IsAlwaysKept(string token) => token is "+" or ":" or "." or " " or "-" or "/";

    /// <summary>
    /// The tokens of a prepared text when the locale reads it (<c>is_applicable</c>), else null; a text with letters
    /// none of its words has is refused without splitting it (<see cref="KnownWords.MayRead"/>).
    /// </summary>
    public List<string>? Read(LocaleText text)
    {
        var simplified = Simplify(text);
        if (!english && !knownWords.MayRead(simplified))
        {
            return null;
        }

        var tokens = Split(simplified);
        return !tokens.All(IsAlwaysKept)
            && tokens.All(token => token.All(char.IsDigit) || words.ContainsKey(token) || relatives.IsPhrase(token))
            ? tokens : null;
    }

    /// <summary>The tokens of a prepared text, whether or not the locale reads it.</summary>
    public List<string> Tokens(LocaleText text) => Split(Simplify(text));

    /// <summary><c>translate</c> of a text's tokens (<see cref="Read"/>, <see cref="Tokens"/>), which it consumes.</summary>
    public string Translate(List<string> tokens)
    {
        for (var i = 0; i < tokens.Count; i++)
        {
            var word = PythonCase.Lower(tokens[i]);
            if (relatives.Translate(word) is { } relative)
            {
                tokens[i] = relative;
            }

            if (words.TryGetValue(word, out var translation))
            {
                tokens[i] = translation ?? "";
            }
        }

        tokens.RemoveAll(token => token.Length == 0);
        if (tokens.Contains("in") && !tokens.Any(token => token is "day" or "week" or "month" or "year" or "hour" or "minute" or "second"))
        {
            tokens.Remove("in");
        }

        var joined = new StringBuilder();
        for (var i = 0; i < tokens.Count; i++)
        {
            if (i > 0 && !IsAlwaysKept(tokens[i - 1]) && !IsAlwaysKept(tokens[i]))
            {
                joined.Append(' ');
            }

            joined.Append(tokens[i]);
        }

        return joined.ToString();
    }

    /// <summary><c>_simplify</c>: the locale's simplifications in turn, lower-casing after each.</summary>
    private LocaleText Simplify(LocaleText text)
    {
        var simplified = text.Text;
        var letters = simplifications.Length == 0 ? 0 : Simplification.Letters(simplified);
        foreach (var simplification in simplifications)
        {
            var next = simplification.Apply(simplified, letters);
            if (!ReferenceEquals(next, simplified))
            {
                simplified = PythonCase.Lower(next);
                letters = Simplification.Letters(simplified);
            }
        }

        return text.With(simplified);
    }

    /// <summary><c>Dictionary.split</c> without formatting: relative phrases whole, the rest on known words and numbers.</summary>
    private List<string> Split(LocaleText prepared)
    {
        var tokens = new List<string>();
        foreach (var part in relatives.Split(prepared.Text))
        {
            if (part.Length > 0 && !relatives.IsEmpty && relatives.IsPhrase(part))
            {
                tokens.Add(part);
            }
            else
            {
                SplitByKnownWords(part, prepared, tokens);
            }
        }

        tokens.RemoveAll(token => token.Length == 0);
        return tokens;
    }

    private void SplitByKnownWords(string text, LocaleText prepared, List<string> tokens)
    {
        while (text.Length > 0)
        {
            if (knownWords.Find(text, prepared) is not var (start, length, restEnd))
            {
                if (ShouldCapture(text))
                {
                    SplitByNumerals(text, tokens);
                }

                return;
            }

            var (unparsed, known) = (text[..start], text.Substring(start, length));
            if (unparsed.Length > 0 && ShouldCapture(unparsed))
            {
                SplitByNumerals(unparsed, tokens);
            }

            if (ShouldCapture(known))
            {
                tokens.Add(known);
            }

            text = text[(start + length)..restEnd];
        }
    }

    /// <summary>The text split around its numbers (kept), the parts to capture added; ASCII texts without a regex.</summary>
    private static void SplitByNumerals(string text, List<string> tokens)
    {
        if (!IsPlainAscii(text))
        {
            tokens.AddRange(Numerals().Split(text).Where(ShouldCapture));
            return;
        }

        for (var start = 0; start < text.Length;)
        {
            var digits = char.IsAsciiDigit(text[start]);
            var end = start + 1;
            while (end < text.Length && char.IsAsciiDigit(text[end]) == digits)
            {
                end++;
            }

            var part = text[start..end];
            if (ShouldCapture(part))
            {
                tokens.Add(part);
            }

            start = end;
        }
    }

    private static bool ShouldCapture(string token) => IsAlwaysKept(token)
        || (IsPlainAscii(token) ? token.AsSpan().ContainsAny(AsciiLettersAndDigits) : WordCharacter().IsMatch(token));

    /// <summary>ASCII without line feeds, where <c>\d</c> is 0-9, <c>[^\W_]</c> an ASCII letter or digit and <c>.</c> anything.</summary>
    private static bool IsPlainAscii(string text) => System.Text.Ascii.IsValid(text) && !text.Contains('\n', StringComparison.Ordinal);

    [GeneratedRegex(@"(\d+)", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 250)]
    private static partial Regex Numerals();

    [GeneratedRegex(@"^.*[^\W_].*$", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 250)]
    private static partial Regex WordCharacter();
}
