using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace HydraEngine.Strings.Conversions.Dates.Dateparser;

/// <summary>
/// dateparser 1.1's English locale: whether a text is English to it (<c>is_applicable</c>: every token a known
/// word, a number or a relative phrase) and its translation into the words its parsers read (<c>translate</c>:
/// numerals to ASCII, NFKD without marks, lower case, its simplifications, split on known words, skipped words
/// dropped).
/// </summary>
internal static partial class EnglishLocale
{
    private const string Relative = @"\d+[.,]?\d* (?:decades? ago|minutes? ago|seconds? ago|months? ago|hours? ago|weeks? ago|years? ago|days? ago|min ago|sec ago|hr ago|mo ago|wk ago|yr ago)|in \d+[.,]?\d* (?:decades?|minutes?|seconds?|months?|hours?|weeks?|years?|days?|min|sec|hr|mo|wk|yr)";

    private static readonly TimeSpan Budget = TimeSpan.FromMilliseconds(250);

    private static readonly Regex KnownWord = new(
        @"^(.*?(?:\A|\W|_|\d))(" + string.Join('|', EnglishDictionary.LongestFirst.Select(Regex.Escape)) + @")((?:\Z|\W|_|\d).*)$",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, Budget);

    private static readonly (Regex Pattern, string Replacement)[] Simplifications =
    [
        (Word("an"), "1"), (Word("a"), "1"), (Word(@"(?:12\s+)?noon"), "12:00"), (Word(@"(?:12\s+)?midnight"), "00:00"),
        (Word(@"(\d+[.,]?\d*)h(\d+[.,]?\d*)m?"), "$1:$2"), (Word(@"(?<=from\s+)now"), "in"), (Word("less than 1 minute ago"), "45 second ago"),
        (Word("one"), "1"), (Word("two"), "2"), (Word("three"), "3"), (Word("four"), "4"), (Word("five"), "5"), (Word("six"), "6"),
        (Word("seven"), "7"), (Word("eight"), "8"), (Word("nine"), "9"), (Word("ten"), "10"), (Word("eleven"), "11"), (Word("twelve"), "12"),
    ];

    public static bool IsApplicable(string text)
    {
        var tokens = Split(Prepare(text));
        if (tokens.All(EnglishDictionary.IsAlwaysKept))
        {
            return false;
        }

        return tokens.All(token => token.All(char.IsDigit) && token.Length > 0 || RelativePhrase().IsMatch(token) || EnglishDictionary.Words.ContainsKey(token));
    }

    public static string Translate(string text)
    {
        var tokens = Split(Prepare(text));
        for (var i = 0; i < tokens.Count; i++)
        {
            var word = tokens[i].ToLowerInvariant();
            if (RelativePhrase().Match(word) is { Success: true } relative)
            {
                tokens[i] = relative.Groups["in"].Success
                    ? $"in {relative.Groups["n"].Value} {Unit(relative.Groups["u"].Value)}"
                    : $"{relative.Groups["n"].Value} {Unit(relative.Groups["u"].Value)} ago";
            }

            if (EnglishDictionary.Words.TryGetValue(word, out var translation))
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
            if (i > 0 && !EnglishDictionary.IsAlwaysKept(tokens[i - 1]) && !EnglishDictionary.IsAlwaysKept(tokens[i]))
            {
                joined.Append(' ');
            }

            joined.Append(tokens[i]);
        }

        return joined.ToString();
    }

    /// <summary><c>_translate_numerals</c>, <c>normalize_unicode</c> and <c>_simplify</c>.</summary>
    private static string Prepare(string text)
    {
        var ascii = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            var digit = CharUnicodeInfo.GetDecimalDigitValue(c);
            ascii.Append(digit >= 0 ? (char)('0' + digit) : c);
        }

        var normalised = new StringBuilder();
        foreach (var c in ascii.ToString().Normalize(NormalizationForm.FormKD))
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark)
            {
                normalised.Append(c);
            }
        }

        var simplified = normalised.ToString().ToLowerInvariant();
        foreach (var (pattern, replacement) in Simplifications)
        {
            simplified = pattern.Replace(simplified, replacement).ToLowerInvariant();
        }

        return simplified;
    }

    /// <summary><c>Dictionary.split</c> without formatting: relative phrases whole, the rest on known words and numbers.</summary>
    private static List<string> Split(string text)
    {
        var tokens = new List<string>();
        if (text.Length == 0)
        {
            return tokens;
        }

        foreach (var part in RelativeSplit().Split(text))
        {
            if (part.Length == 0)
            {
                continue;
            }

            if (RelativePhrase().IsMatch(part))
            {
                tokens.Add(part);
            }
            else
            {
                SplitByKnownWords(part, tokens);
            }
        }

        tokens.RemoveAll(token => token.Length == 0);
        return tokens;
    }

    private static void SplitByKnownWords(string text, List<string> tokens)
    {
        while (text.Length > 0)
        {
            var match = KnownWord.Match(text);
            if (!match.Success)
            {
                if (ShouldCapture(text))
                {
                    SplitByNumerals(text, tokens);
                }

                return;
            }

            var (unparsed, known) = (match.Groups[1].Value, match.Groups[2].Value);
            if (unparsed.Length > 0 && ShouldCapture(unparsed))
            {
                SplitByNumerals(unparsed, tokens);
            }

            if (ShouldCapture(known))
            {
                tokens.Add(known);
            }

            text = match.Groups[3].Value;
        }
    }

    private static void SplitByNumerals(string text, List<string> tokens) =>
        tokens.AddRange(Numerals().Split(text).Where(ShouldCapture));

    private static bool ShouldCapture(string token) => EnglishDictionary.IsAlwaysKept(token) || WordCharacter().IsMatch(token);

    private static string Unit(string unit) => unit switch
    {
        "min" => "minute",
        "sec" => "second",
        "hr" => "hour",
        "mo" => "month",
        "wk" => "week",
        "yr" => "year",
        _ => unit.TrimEnd('s'),
    };

    private static Regex Word(string pattern) =>
        new(@"(?<=\A|\W|_)" + pattern + @"(?=\Z|\W|_)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, Budget);

    [GeneratedRegex(@"(?<=(?:\A|\W|_))(" + Relative + @")(?=(?:\Z|\W|_))", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 250)]
    private static partial Regex RelativeSplit();

    [GeneratedRegex(@"^(?:(?<n>\d+[.,]?\d*) (?<u>decades?|minutes?|seconds?|months?|hours?|weeks?|years?|days?|min|sec|hr|mo|wk|yr) ago|(?<in>in) (?<n>\d+[.,]?\d*) (?<u>decades?|minutes?|seconds?|months?|hours?|weeks?|years?|days?|min|sec|hr|mo|wk|yr))$",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 250)]
    private static partial Regex RelativePhrase();

    [GeneratedRegex(@"(\d+)", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 250)]
    private static partial Regex Numerals();

    [GeneratedRegex(@"^.*[^\W_].*$", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 250)]
    private static partial Regex WordCharacter();
}
