using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace HydraEngine.Strings.Conversions.Dates.Dateparser;

/// <summary>
/// One of dateparser 1.1's locales (<see cref="DateparserLocales"/>): whether a text is in it (<c>is_applicable</c>:
/// every token a known word, a number or, in English, a relative phrase) and its translation into the English
/// words its parsers read (<c>translate</c>: numerals to ASCII, NFKD without marks, lower case, the locale's
/// simplifications, split on known words, skipped words dropped).
/// </summary>
internal sealed partial class DateparserLocale
{
    private const string RelativeUnits = "decades?|minutes?|seconds?|months?|hours?|weeks?|years?|days?|min|sec|hr|mo|wk|yr";

    private static readonly TimeSpan Budget = TimeSpan.FromMilliseconds(250);

    private readonly Dictionary<string, string?> words;
    private readonly (Regex Pattern, string Replacement)[] simplifications;
    private readonly Lazy<Regex> knownWord;
    private readonly bool english;

    public DateparserLocale(string name, string dateOrder, bool noWordSpacing, Dictionary<string, string?> words, IEnumerable<(string Pattern, string Replacement)> simplifications)
    {
        Name = name;
        DateOrder = dateOrder;
        english = name == "en";
        this.words = words;
        words["t"] = null; // SKIP_TOKENS wins over the locale's own "t"
        this.simplifications = [.. simplifications.Select(s => (Simplification(s.Pattern, noWordSpacing), s.Replacement)).Where(s => s.Item1 is not null).Select(s => (s.Item1!, s.Replacement))];
        var alternatives = string.Join('|', words.Keys.OrderByDescending(word => word.Length).Select(Regex.Escape));
        knownWord = new(() => new Regex(
            noWordSpacing ? $"^(.*?)({alternatives})(.*)$" : $@"^(.*?(?:\A|\W|_|\d))({alternatives})((?:\Z|\W|_|\d).*)$",
            RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, Budget));
    }

    public string Name { get; }

    /// <summary>The order numbers take (<c>DMY</c>, <c>MDY</c>, <c>YMD</c>…): dateparser prefers the locale's.</summary>
    public string DateOrder { get; }

    /// <summary>The tokens the join keeps without spaces around them (<c>ALWAYS_KEEP_TOKENS</c>).</summary>
    public static bool IsAlwaysKept(string token) => token is "+" or ":" or "." or " " or "-" or "/";

    public bool IsApplicable(string text)
    {
        var tokens = Split(Prepare(text));
        return !tokens.All(IsAlwaysKept)
            && tokens.All(token => token.All(char.IsDigit) || english && RelativePhrase().IsMatch(token) || words.ContainsKey(token));
    }

    public string Translate(string text)
    {
        var tokens = Split(Prepare(text));
        for (var i = 0; i < tokens.Count; i++)
        {
            var word = tokens[i].ToLowerInvariant();
            if (english && RelativePhrase().Match(word) is { Success: true } relative)
            {
                var (amount, unit) = (relative.Groups["n"].Value, Unit(relative.Groups["u"].Value));
                tokens[i] = relative.Groups["in"].Success ? $"in {amount} {unit}" : $"{amount} {unit} ago";
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

    /// <summary><c>_translate_numerals</c>, <c>normalize_unicode</c> and <c>_simplify</c>.</summary>
    private string Prepare(string text)
    {
        var normalised = new StringBuilder();
        foreach (var c in HydraEngine.Model.Text.UnicodeNormalisation.Nfkd(AsciiDigits(text)))
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark)
            {
                normalised.Append(c);
            }
        }

        var simplified = normalised.ToString().ToLowerInvariant();
        foreach (var (pattern, replacement) in simplifications)
        {
            simplified = pattern.Replace(simplified, replacement).ToLowerInvariant();
        }

        return simplified;
    }

    private static string AsciiDigits(string text)
    {
        var ascii = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            var digit = CharUnicodeInfo.GetDecimalDigitValue(c);
            ascii.Append(digit >= 0 ? (char)('0' + digit) : c);
        }

        return ascii.ToString();
    }

    /// <summary><c>Dictionary.split</c> without formatting: relative phrases whole, the rest on known words and numbers.</summary>
    private List<string> Split(string text)
    {
        var tokens = new List<string>();
        foreach (var part in english ? RelativeSplit().Split(text) : [text])
        {
            if (part.Length > 0 && english && RelativePhrase().IsMatch(part))
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

    private void SplitByKnownWords(string text, List<string> tokens)
    {
        while (text.Length > 0)
        {
            var match = knownWord.Value.Match(text);
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

    private static void SplitByNumerals(string text, List<string> tokens) => tokens.AddRange(Numerals().Split(text).Where(ShouldCapture));

    private static bool ShouldCapture(string token) => IsAlwaysKept(token) || WordCharacter().IsMatch(token);

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

    /// <summary>A simplification as dateparser compiles it (between word boundaries unless the locale writes no spaces); null when .NET cannot read it.</summary>
    private static Regex? Simplification(string pattern, bool noWordSpacing)
    {
        try
        {
            return new Regex(noWordSpacing ? pattern : @"(?<=\A|\W|_)" + pattern + @"(?=\Z|\W|_)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, Budget);
        }
        catch (ArgumentException)
        {
            return null;
        }
    }

    [GeneratedRegex(@"(?<=(?:\A|\W|_))(\d+[.,]?\d* (?:" + RelativeUnits + @") ago|in \d+[.,]?\d* (?:" + RelativeUnits + @"))(?=(?:\Z|\W|_))",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 250)]
    private static partial Regex RelativeSplit();

    [GeneratedRegex(@"^(?:(?<n>\d+[.,]?\d*) (?<u>" + RelativeUnits + @") ago|(?<in>in) (?<n>\d+[.,]?\d*) (?<u>" + RelativeUnits + "))$",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 250)]
    private static partial Regex RelativePhrase();

    [GeneratedRegex(@"(\d+)", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 250)]
    private static partial Regex Numerals();

    [GeneratedRegex(@"^.*[^\W_].*$", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 250)]
    private static partial Regex WordCharacter();
}
