using System.Text.RegularExpressions;

namespace HydraEngine.Storage.Search;

/// <summary>
/// The system predicates written in hydrus's words that are not "name operator value": <c>has duration</c>,
/// <c>no frames</c>, <c>has notes</c>, <c>has note with name NAME</c>, <c>note contains TEXT</c>,
/// <c>ratio is square|portrait|landscape</c>, <c>ratio = 16:9</c> (<c>wider than</c>, <c>taller than</c>, <c>~=</c>),
/// <c>has domain example.com</c> (<c>has url with domain</c>, <c>does not have domain</c>) and
/// <c>has url with class NAME</c> (<c>does not have url with class</c>).
/// </summary>
internal static partial class HydrusSystemPredicates
{
    /// <summary>Every predicate name, for "did you mean" (with the names <see cref="SystemPredicateParser"/> knows).</summary>
    public static readonly string[] Names =
    [
        "duration", "has duration", "no duration", "number of frames", "has frames", "no frames", "ratio", "number of notes", "has notes", "no notes",
        "has note with name", "no note with name", "note contains", "has domain", "does not have domain", "has url with class", "does not have url with class",
    ];

    /// <summary>The predicate <paramref name="lower"/> (lower-cased <paramref name="text"/>) states, or null when it is not one of these.</summary>
    public static SearchPredicate? TryParse(string lower, string text, int valueColumn)
    {
        switch (lower)
        {
            case "has duration":
                return new MediaPresencePredicate(MediaProperty.Duration, true);
            case "no duration":
                return new MediaPresencePredicate(MediaProperty.Duration, false);
            case "has frames":
                return new MediaPresencePredicate(MediaProperty.Frames, true);
            case "no frames":
                return new MediaPresencePredicate(MediaProperty.Frames, false);
            case "has note" or "has notes":
                return new NoteCountPredicate(NumberComparison.Greater, 0);
            case "no note" or "no notes" or "has no notes" or "does not have notes" or "doesn't have notes":
                return new NoteCountPredicate(NumberComparison.Equal, 0);
            case "ratio is square" or "ratio square":
                return new RatioPredicate(RatioComparison.Equal, 1, 1);
            case "ratio is portrait" or "ratio portrait":
                return new RatioPredicate(RatioComparison.TallerThan, 1, 1);
            case "ratio is landscape" or "ratio landscape":
                return new RatioPredicate(RatioComparison.WiderThan, 1, 1);
        }

        if (Ratio().Match(lower) is { Success: true } ratio)
        {
            var comparison = ratio.Groups["op"].Value switch
            {
                "wider than" => RatioComparison.WiderThan,
                "taller than" => RatioComparison.TallerThan,
                "=" => RatioComparison.Equal,
                _ => RatioComparison.About,
            };
            var width = ValueParsers.Integer(ratio.Groups["w"].Value, valueColumn);
            var height = ValueParsers.Integer(ratio.Groups["h"].Value, valueColumn);
            return width > 0 && height > 0 ? new RatioPredicate(comparison, width, height) : throw new QuerySyntaxException("a ratio needs two numbers above 0, like 16:9", valueColumn);
        }

        foreach (var (pattern, make) in Valued)
        {
            if (pattern.Match(lower) is { Success: true } match)
            {
                return make(text[match.Groups["value"].Index..].Trim().Trim('"'));
            }
        }

        return null;
    }

    private static readonly (Regex Pattern, Func<string, SearchPredicate> Make)[] Valued =
    [
        (HasDomain(), value => Domain(value)),
        (LacksDomain(), value => new NotPredicate(Domain(value))),
        (HasUrlClass(), value => new UrlClassPredicate(value)),
        (LacksUrlClass(), value => new NotPredicate(new UrlClassPredicate(value))),
        (HasNoteName(), value => new NoteNamePredicate(value, true)),
        (LacksNoteName(), value => new NoteNamePredicate(value, false)),
        (NoteContains(), value => new NoteTextPredicate(value)),
    ];

    private static KnownUrlPredicate Domain(string value) => new(UrlMatch.Domain, value.ToLowerInvariant().TrimStart('.'));

    [GeneratedRegex(@"^ratio ?(?:is )?(?<op>=|~=|≈|wider than|taller than) ?(?<w>\d+) ?: ?(?<h>\d+)$")]
    private static partial Regex Ratio();

    [GeneratedRegex(@"^has (?:an? )?(?:url with )?domain[: ]\s*(?<value>\S.*)$")]
    private static partial Regex HasDomain();

    [GeneratedRegex(@"^(?:does not|doesn't) have (?:an? )?(?:url with )?domain[: ]\s*(?<value>\S.*)$")]
    private static partial Regex LacksDomain();

    [GeneratedRegex(@"^has (?:an? )?url with (?:url )?class[: ]\s*(?<value>\S.*)$")]
    private static partial Regex HasUrlClass();

    [GeneratedRegex(@"^(?:does not|doesn't) have (?:an? )?url with (?:url )?class[: ]\s*(?<value>\S.*)$")]
    private static partial Regex LacksUrlClass();

    [GeneratedRegex(@"^(?:has (?:a )?)?note (?:with name|named)[: ]\s*(?<value>\S.*)$")]
    private static partial Regex HasNoteName();

    [GeneratedRegex(@"^(?:(?:has )?no|does not have(?: a)?|doesn't have(?: a)?) note (?:with name|named)[: ]\s*(?<value>\S.*)$")]
    private static partial Regex LacksNoteName();

    [GeneratedRegex(@"^notes? (?:text )?contains?[: ]\s*(?<value>\S.*)$")]
    private static partial Regex NoteContains();
}
