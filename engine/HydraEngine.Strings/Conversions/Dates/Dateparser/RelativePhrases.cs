using System.Globalization;
using System.Text.RegularExpressions;

namespace HydraEngine.Strings.Conversions.Dates.Dateparser;

/// <summary>
/// One locale's relative phrases with a number (dateparser's <c>relative-type-regex</c>, from
/// <c>DateparserRelatives.tsv</c>: <c>\1 month ago</c> ← <c>(\d+[.,]?\d*) ماه پیش</c>). As dateparser does: the
/// text is split around them (longest first, at word edges unless the locale writes no spaces), such a token is
/// known, and it translates to its English key with the number put in (the last key whose pattern matches wins).
/// </summary>
internal sealed class RelativePhrases
{
    private static readonly TimeSpan Budget = TimeSpan.FromMilliseconds(250);

    private readonly (string Key, string Pattern)[] entries;
    private readonly bool noWordSpacing;
    private readonly Lazy<Regex> split;
    private readonly Lazy<Regex> whole;
    private readonly Lazy<(Regex Pattern, string Key)[]> translations;

    public RelativePhrases(IReadOnlyList<(string Key, string Pattern)> entries, bool noWordSpacing)
    {
        this.entries = [.. entries];
        this.noWordSpacing = noWordSpacing;
        var strings = string.Join('|', this.entries.Select(e => e.Pattern.Replace("(", "", StringComparison.Ordinal).Replace(")", "", StringComparison.Ordinal))
            .OrderByDescending(pattern => pattern.Length));
        split = new(() => Compile(noWordSpacing ? $"({strings})" : $@"(?<=(?:\A|\W|_))({strings})(?=(?:\Z|\W|_))"));
        whole = new(() => Compile($"^({strings})$"));
        translations = new(() => [.. this.entries.GroupBy(e => e.Key, StringComparer.Ordinal).Select(group =>
            (Compile("^(?:" + string.Join('|', group.Select(e => e.Pattern).OrderByDescending(p => p.Length)).Replace(@"(\d+", @"(?<n>\d+", StringComparison.Ordinal) + ")$"),
                group.Key))]);
    }

    public bool IsEmpty => entries.Length == 0;

    /// <summary>The phrases' words as plain text (the number left out, <c>s?</c> both ways), for the quick letter check.</summary>
    public IEnumerable<string> Literals => entries.SelectMany(entry => Expand(entry.Pattern
        .Replace(@"(\d+[.,]?\d*)", " ", StringComparison.Ordinal).Replace(@"\s*", " ", StringComparison.Ordinal)));

    /// <summary>
    /// <c>re.split</c> of the text around the phrases, the phrases kept (Python's split, one group). A locale without
    /// phrases has an empty group, which matches wherever both neighbours are no word characters: the text is cut there.
    /// </summary>
    public IEnumerable<string> Split(string text) => IsEmpty ? SplitAtEmptyMatches(text) : split.Value.Split(text);

    public bool IsPhrase(string token) => whole.Value.IsMatch(token);

    /// <summary>The English a lower-cased token translates to (<c>5 month ago</c>), or null when it is no phrase.</summary>
    public string? Translate(string word)
    {
        string? translated = null;
        foreach (var (pattern, key) in translations.Value)
        {
            if (pattern.Match(word) is { Success: true } match)
            {
                translated = key.Replace(@"\1", match.Groups["n"].Value, StringComparison.Ordinal);
            }
        }

        return translated;
    }

    private IEnumerable<string> SplitAtEmptyMatches(string text)
    {
        var start = 0;
        for (var i = 1; i < text.Length; i++)
        {
            if (noWordSpacing || (IsEdge(text[i - 1]) && IsEdge(text[i])))
            {
                yield return text[start..i];
                start = i;
            }
        }

        yield return text[start..];
    }

    /// <summary>A character the empty match may stand beside: <c>\W</c> or <c>_</c> (in the regex module's Unicode sense).</summary>
    private static bool IsEdge(char c) => c == '_' || !(char.IsLetterOrDigit(c) || CharUnicodeInfo.GetUnicodeCategory(c) is UnicodeCategory.NonSpacingMark
        or UnicodeCategory.SpacingCombiningMark or UnicodeCategory.EnclosingMark or UnicodeCategory.ConnectorPunctuation || c is '\u200C' or '\u200D');

    private static Regex Compile(string pattern) => new(pattern, RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, Budget);

    private static IEnumerable<string> Expand(string literal)
    {
        var optional = literal.IndexOf('?', StringComparison.Ordinal);
        if (optional < 1)
        {
            return [literal];
        }

        var (before, after) = (literal[..optional], literal[(optional + 1)..]);
        return Expand(before + after).Concat(Expand(before[..^1] + after));
    }
}
